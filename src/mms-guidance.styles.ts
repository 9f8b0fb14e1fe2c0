import { css } from './internal/css.js';

/**
 * The card's layout, reading only the private `--_*` names that
 * theme/theme.styles.ts fills from the public tokens.
 */
export const styles = css`
  /* The card adapts to the column it is dropped into, not to the viewport. */
  :host {
    display: block;
    container-type: inline-size;
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .card {
    max-width: var(--_max-width);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    background: var(--_surface-color);
    color: var(--_text-color);
    border: var(--_border-width) solid var(--_border-color);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    overflow-wrap: anywhere;
    /* Inherited text styles a page may set on body stop here. */
    font-style: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--_heading-font-family);
    font-weight: var(--_heading-font-weight);
    line-height: 1.25;
    margin: 0;
  }

  .title {
    font-size: 1.375em;
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  .meta {
    margin: calc(var(--_space) * 0.5) 0 var(--_space);
    color: var(--_muted-text-color);
    font-size: 0.9375em;
  }

  .key-message {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_key-message-background-color);
    color: var(--_key-message-text-color);
    border: var(--_border-width) solid var(--_key-message-border-color);
    border-inline-start-width: calc(var(--_border-width) + 0.3em);
    border-radius: var(--_radius);
  }

  .key-message-label {
    margin-bottom: calc(var(--_space) * 0.25);
    font-weight: 700;
    font-size: 0.9375em;
  }

  .key-message-text,
  .plain-words-text {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
  }

  /* Under the key message, in its callout, in the weight of body text: the same guidance, said simply. */
  .plain-words {
    margin-top: calc(var(--_space) * 0.75);
  }

  .plain-words-text {
    font-weight: 400;
  }

  /* The one filled button: the main action. */
  .guidance-link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    margin: calc(var(--_space) * 0.25) 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_accent-color);
    color: var(--_accent-text-color);
    font-weight: 700;
    text-decoration: none;
  }

  .referral,
  .provenance {
    color: var(--_muted-text-color);
    font-size: 0.9375em;
  }

  .provenance {
    margin: var(--_space) 0 0;
  }

  /* Links inside text (partner content, the provenance line) take the checked accent ink. */
  p a {
    color: var(--_accent-ink);
  }

  /* Information, not a warning: a quiet rule at the start, the switch beside the words. */
  .language-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0 0 var(--_space);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: calc(var(--_border-width) * 3) solid var(--_border-color);
    color: var(--_muted-text-color);
    font-size: 0.9375em;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }

  .faq {
    margin-top: calc(var(--_space) * 1.5);
  }

  .faq-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .faq-title {
    font-size: 1.125em;
  }

  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  /* One outlined style for every other control, links and buttons alike, each at least 44px square. */
  .toggle-all,
  .language-switch,
  .share-button,
  .share-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-width: 44px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 0.75);
    background: transparent;
    color: var(--_accent-ink);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    text-decoration: none;
    cursor: pointer;
  }

  a:hover,
  button:hover {
    text-decoration: underline;
  }

  .faq-item {
    border-top: var(--_border-width) solid var(--_border-color);
  }

  .faq-item:last-child {
    border-bottom: var(--_border-width) solid var(--_border-color);
  }

  .faq-heading {
    font-size: 1em;
  }

  .faq-question {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) 0;
    background: transparent;
    border: 0;
    font-weight: var(--_heading-font-weight);
    text-align: start;
    cursor: pointer;
  }

  /* A square with two borders, turned to point down, and up when open. */
  .faq-icon {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    margin-inline-end: 0.3em;
    border: solid var(--_accent-ink);
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_transition-duration) ease;
  }

  .faq-question[aria-expanded='true'] .faq-icon {
    transform: translateY(25%) rotate(225deg);
  }

  /* Padding sits on an inner box: a hidden="until-found" panel keeps its own box. */
  .faq-answer-body {
    padding: 0 0 calc(var(--_space) * 0.5);
  }

  /*
   * A phone-sized column gives the words its width: the card drops its border
   * and side padding (the page's margin is enough), the callout slims (and sharing.styles.ts
   * makes the share bar one row of icons).
   */
  @container (max-width: 25em) {
    .card {
      border-width: 0;
      border-radius: 0;
      padding: calc(var(--_space) * 0.75) 0;
    }
    .key-message {
      padding-inline: calc(var(--_space) * 0.5);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .faq-icon {
      transition: none;
    }
  }

  /* Windows high contrast drops backgrounds: the link keeps a border, the icon follows the text. */
  @media (forced-colors: active) {
    .guidance-link {
      border: 1px solid LinkText;
    }
    .faq-icon {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }

  /* The question as plain heading text, for a pre-rendered widget whose script cannot run (below). */
  .static-question {
    display: none;
  }

  /*
   * Scripting off (a pre-rendered widget, dist/html/, read with scripts disabled): every answer open and
   * nothing on screen that needs a script: questions are plain headings (sharing.styles.ts hides its controls).
   */
  @media (scripting: none) {
    .faq-answer[hidden] {
      display: block;
      content-visibility: visible;
    }
    .faq-question,
    .toggle-all,
    .language-switch {
      display: none;
    }
    .static-question {
      display: block;
      padding: calc(var(--_space) * 0.75) 0 calc(var(--_space) * 0.5);
    }
  }

  /* On paper: every answer open, link targets written out, no buttons' chrome. */
  @media print {
    :host {
      container-type: normal;
    }
    .card {
      max-width: none;
      border: 0;
      padding: 0;
    }
    .toggle-all,
    .language-switch,
    .faq-icon {
      display: none;
    }
    .faq-answer[hidden] {
      display: block;
      content-visibility: visible;
    }
    .guidance-link {
      padding: 0;
      background: none;
      color: inherit;
    }
    .guidance-link::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
    .faq-item {
      break-inside: avoid;
    }
  }
`;
