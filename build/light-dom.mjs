// The whole guidance as plain, semantic HTML, for a pre-rendered widget's light
// DOM (build/prerender.mjs). Browsers with declarative shadow DOM never show it
// (the shadow root has no slot), so it costs them nothing but bytes; for those
// without (KaiOS feature phones, Opera Mini's extreme mode, old Android WebViews),
// for reader modes and for readers without CSS, it is the widget. It uses no
// class or style of its own: the partner page's text styles apply.
import { html, nothing } from 'lit';

/** A heading of level 1 to 6; Lit's server renderer needs the tag written out. */
function heading(level, id, content) {
  switch (level) {
    case 1:
      return html`<h1 id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id}>${content}</h5>`;
    default:
      return html`<h6 id=${id}>${content}</h6>`;
  }
}

/**
 * `language` is the content shown, `level` the card title's heading level (the
 * questions sit one below, as in the widget), `provenance` the widget's own
 * provenance line. Question headings carry the widget's default link ids
 * (`mms-<id>`), so a shared question link scrolls to its question here too.
 */
export function lightDom(language, level, provenance, { richText, issuedIso }) {
  const { card, referral, faq, ui, lang, dir } = language;
  return html`<article lang=${lang} dir=${dir}>
    ${heading(level, nothing, card.title)}
    <p>
      <b>${ui.issuedBy}</b> ${card.issuer}<br /><b>${ui.issuedOn}</b> <time datetime=${issuedIso}>${card.issued}</time>
    </p>
    <p><b>${ui.keyMessageLabel}</b></p>
    <p><b>${richText(card.keyMessage)}</b></p>
    ${card.context.map((paragraph) => html`<p>${richText(paragraph)}</p>`)}
    <p><a href=${card.guidanceHref}>${card.guidanceLabel}</a></p>
    <p>${richText(referral.text)}</p>
    ${heading(level + 1, nothing, ui.faqHeading)}
    ${Object.entries(faq).map(
      ([id, item]) =>
        html`${heading(level + 1, `mms-${id}`, item.question)}${item.answer.map((paragraph) => html`<p>${richText(paragraph)}</p>`)}`,
    )}
    <footer>${provenance}</footer>
  </article>`;
}
