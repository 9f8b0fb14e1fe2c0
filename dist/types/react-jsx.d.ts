/**
 * JSX typings for React 19, opt-in: `import type {} from 'mms-guidance/react';`.
 * React 19 passes props to custom elements as properties where the element has
 * one, so both the attribute and the property names are typed.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MmsGuidance } from './mms-guidance.js';
/** Each attribute takes what its property takes, so the two cannot drift apart. */
type MmsGuidanceProps = DetailedHTMLProps<HTMLAttributes<MmsGuidance>, MmsGuidance> & Partial<Pick<MmsGuidance, 'headingLevel' | 'guidanceHref' | 'openItems' | 'colorScheme' | 'contrastGuard' | 'contentSrc' | 'share' | 'shareUrl' | 'linkPrefix' | 'structuredData'>> & {
    'heading-level'?: MmsGuidance['headingLevel'];
    'guidance-href'?: string;
    'open-items'?: string;
    'color-scheme'?: MmsGuidance['colorScheme'];
    'contrast-guard'?: MmsGuidance['contrastGuard'];
    'content-src'?: string;
    'share-url'?: string;
    'link-prefix'?: string;
    'structured-data'?: boolean | '';
};
declare module 'react' {
    namespace JSX {
        interface IntrinsicElements {
            'mms-guidance': MmsGuidanceProps;
        }
    }
}
export {};
