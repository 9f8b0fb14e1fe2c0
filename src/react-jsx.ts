/**
 * JSX typings for React 19, opt-in: `import type {} from 'mms-guidance/react';`.
 * React 19 passes props to custom elements as properties where the element has
 * one, so both the attribute and the property names are typed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MmsGuidance } from './mms-guidance.js';

type MmsGuidanceProps = DetailedHTMLProps<HTMLAttributes<MmsGuidance>, MmsGuidance> &
  Partial<Pick<MmsGuidance, 'headingLevel' | 'guidanceHref' | 'openItems' | 'colorScheme' | 'contrastGuard' | 'contentSrc'>> & {
    'heading-level'?: number | string;
    'guidance-href'?: string;
    'open-items'?: string;
    'color-scheme'?: 'light' | 'dark' | 'auto';
    'contrast-guard'?: 'auto' | 'off';
    'content-src'?: string;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'mms-guidance': MmsGuidanceProps;
    }
  }
}
