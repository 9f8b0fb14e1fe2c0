import { defaultFor, tokens } from "./tokens.js";
import { css, unsafeCSS } from "lit";
// src/mms-guidance.styles.ts
/**
* Each public `--mms-guidance-*` token is read once, with its default, into a
* private `--_*` name on the card; the rules below use only the private names.
* Custom properties inherit through the shadow boundary, so a token set on the
* element or any ancestor reaches them. A token with no default (font family,
* font size) leaves its `var()` invalid, and an invalid inherited property
* inherits: the page's font. The dark scheme swaps only the colour defaults.
*/
var declarations = (scheme) => tokens.filter((token) => scheme === "light" || token.dark).map((token) => {
	const fallback = scheme === "light" && !token.light ? "" : `,${defaultFor(token, scheme)}`;
	return `--_${token.name}:var(--mms-guidance-${token.name}${fallback});`;
}).join("");
var styles = [unsafeCSS(`
  .card{${declarations("light")}--_accent-ink:var(--_accent-color)}
  :host([color-scheme=dark]) .card{${declarations("dark")}color-scheme:dark}
  @media (prefers-color-scheme:dark){:host([color-scheme=auto]) .card{${declarations("dark")}color-scheme:dark}}
`), css`
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

  @container (max-width: 24em) {
    .card {
      padding: calc(var(--_space) * 0.75);
    }
    .key-message {
      padding-inline: calc(var(--_space) * 0.75);
    }
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
    background: var(--_accent-color);
    color: var(--_accent-text-color);
    font-weight: 700;
    text-decoration: underline;
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

  .language-notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: var(--_border-width) dashed var(--_border-color);
    border-radius: var(--_radius);
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
  }

  .toggle-all,
  .language-switch,
  .share-button,
  .share-link,
  .copy-item-link {
    display: inline-block;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    min-height: 24px;
    background: transparent;
    color: var(--_accent-ink);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .copy-item-link {
    margin-bottom: calc(var(--_space) * 0.5);
    font-size: 0.9375em;
  }

  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-top: var(--_space);
  }

  .share-label {
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
    padding: 0 calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
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
    .share,
    .copy-item-link,
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
`];
export { styles };
