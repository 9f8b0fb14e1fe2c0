import { css } from '../internal/css.js';

/**
 * The share bar and each answer's "Copy link to this question", beside the
 * markup in sharing-controller.ts. Their outlined buttons share the element's
 * control style (mms-guidance.styles.ts), which this sheet follows.
 */
export const sharingStyles = css`
  svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Quiet: muted words at the answer's end, no box; still a 44px-tall target. */
  .copy-item-link {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    width: fit-content;
    min-height: 44px;
    margin-inline-start: auto;
    padding: 0;
    background: none;
    border: 0;
    color: var(--_muted-text-color);
    font-size: 0.875em;
    cursor: pointer;
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-top: var(--_space);
  }

  .share-label {
    flex-basis: 100%;
    font-weight: 700;
  }

  /* Empty until a copy; then it says so, or shows the link to copy by hand. */
  .copy-status {
    margin: 0;
    flex-basis: 100%;
  }

  .copy-url {
    user-select: all;
    overflow-wrap: anywhere;
  }

  /* On a phone-sized column the share bar is one row of icons. */
  @container (max-width: 25em) {
    .share-target {
      padding: 0;
    }
  }

  /* Share targets show their names where a row of them fits; else screen readers alone read them. */
  @container (max-width: 44em) {
    .share-name {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* On paper, and with scripting off (only the script knows the page's address and can copy), no sharing. */
  @media print, (scripting: none) {
    .share,
    .copy-item-link {
      display: none;
    }
  }
`;
