import { css } from 'lit';

/**
 * Each public `--mms-guidance-*` token is read once, with its default, into a
 * private `--_*` name on the host; the rules below use only the private names.
 * Custom properties inherit through the shadow boundary, so a token set on any
 * ancestor reaches these rules. Tokens left unset for font family and size make
 * the `var()` invalid, and an invalid inherited property inherits: the page's font.
 */
const tokens = css`
  :host {
    --_font-family: var(--mms-guidance-font-family);
    --_font-size: var(--mms-guidance-font-size);
    --_line-height: var(--mms-guidance-line-height, 1.5);
    --_heading-font-family: var(--mms-guidance-heading-font-family, var(--_font-family));
    --_heading-font-weight: var(--mms-guidance-heading-font-weight, 700);
    --_surface: var(--mms-guidance-surface-color, #ffffff);
    --_text: var(--mms-guidance-text-color, #1b1f24);
    --_muted: var(--mms-guidance-muted-text-color, #4b5563);
    --_accent: var(--mms-guidance-accent-color, #005a9c);
    --_on-accent: var(--mms-guidance-accent-text-color, #ffffff);
    --_border: var(--mms-guidance-border-color, #6b7280);
    --_focus: var(--mms-guidance-focus-color, #b4005a);
    --_key-bg: var(--mms-guidance-key-message-background-color, #e8f1fa);
    --_key-border: var(--mms-guidance-key-message-border-color, var(--_accent));
    --_key-text: var(--mms-guidance-key-message-text-color, #10243a);
    --_radius: var(--mms-guidance-radius, 0.5rem);
    --_border-width: var(--mms-guidance-border-width, 1px);
    --_space: var(--mms-guidance-space, 1rem);
    --_max-width: var(--mms-guidance-max-width, 48rem);
    --_duration: var(--mms-guidance-transition-duration, 150ms);
  }
`;

const layout = css`
  :host {
    display: block;
    max-width: var(--_max-width);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .card {
    background: var(--_surface);
    color: var(--_text);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    overflow-wrap: break-word;
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
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .meta dt {
    display: inline;
    font-weight: 700;
  }

  .meta dt::after {
    content: ': ';
  }

  .meta dd {
    display: inline;
    margin: 0;
  }

  .key-message {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_key-bg);
    color: var(--_key-text);
    border: var(--_border-width) solid var(--_key-border);
    border-inline-start-width: calc(var(--_border-width) + 0.3rem);
    border-radius: var(--_radius);
  }

  .key-message-label {
    margin-bottom: calc(var(--_space) * 0.25);
    font-weight: 700;
    font-size: 0.9375em;
  }

  .key-message-text {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
  }

  .guidance-link {
    display: inline-block;
    margin: calc(var(--_space) * 0.25) 0 var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .referral {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .faq {
    margin-top: calc(var(--_space) * 1.5);
  }

  .faq-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
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
    text-transform: none;
  }

  .toggle-all {
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    min-height: 24px;
    background: transparent;
    color: var(--_accent);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .faq-item {
    border-top: var(--_border-width) solid var(--_border);
  }

  .faq-item:last-child {
    border-bottom: var(--_border-width) solid var(--_border);
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
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    background: transparent;
    border: 0;
    font-weight: var(--_heading-font-weight);
    text-align: start;
    cursor: pointer;
  }

  .faq-question:hover {
    text-decoration: underline;
  }

  .faq-icon {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--_accent);
    transition: transform var(--_duration) ease;
  }

  .faq-question[aria-expanded='true'] .faq-icon {
    transform: rotate(180deg);
  }

  /* Padding sits on an inner box: a hidden="until-found" panel keeps its own box. */
  .faq-answer-body {
    padding: 0 calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }

  @media (prefers-reduced-motion: reduce) {
    .faq-icon {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .guidance-link {
      border: 1px solid LinkText;
    }
    .faq-icon {
      color: ButtonText;
    }
  }
`;

export const styles = [tokens, layout];
