import type { ReactiveControllerHost } from 'lit';
import { applyParams, framingOrigin } from './params.js';

/**
 * The script of dist/embed.html, the page a partner frames when its CMS
 * forbids scripts: builds the widget from the query string, tells the parent
 * page its height whenever it changes, and follows the parent page's fragment,
 * both through dist/embed-resizer.js.
 */
// The page carries the widget pre-rendered (build/prerender.mjs), so it reads without a script; the query adjusts it.
const widget =
  document.querySelector('mms-guidance') ?? document.body.appendChild(document.createElement('mms-guidance'));
// It is pre-rendered without the share bar; the query decides (below).
widget.removeAttribute('share');
const shown = applyParams(new URLSearchParams(location.search), widget);
document.documentElement.dataset['sections'] = shown.join(' ');
// A frame cannot know the address of the page around it, and would share its
// own: the share bar and the question links (embed.css) show only when the
// partner names the address (share-url) and applyParams accepted it.
const sharesPage = widget.hasAttribute('share-url');
if (!sharesPage) widget.setAttribute('share', 'off');
document.documentElement.toggleAttribute('data-share-url', sharesPage);

// The page speaks the widget's language (a `lang` in the query may change it): its lang, direction and
// title, after each of the widget's updates. Never defined where the page refused the element's Trusted Types;
// a pre-rendered widget is defined a frame after its script runs (src/index.ts).
void customElements.whenDefined('mms-guidance').then(() =>
  (widget as HTMLElement & ReactiveControllerHost).addController({
    hostUpdated() {
      const card = widget.shadowRoot?.querySelector<HTMLElement>('.card');
      const title = widget.shadowRoot?.querySelector('.title')?.textContent;
      if (!card || !title) return;
      const page = document.documentElement;
      // Only a change: the widget watches the page's lang, and a rewrite of the same value would render it again.
      if (page.lang !== card.lang) page.lang = card.lang;
      page.dir = card.dir;
      document.title = title;
    },
  }),
);

// The partner page's resizer passes on its fragment. Going to it here (only a
// fragment, never another page, and replacing this frame's history entry) lets
// the widget open the question it names, as it does on the partner's own page.
// Where the framing page's origin is known, messages must come from it, and the height goes only to it.
const framing = framingOrigin();
addEventListener('message', (event: MessageEvent<{ type?: unknown; hash?: unknown }>) => {
  const { type, hash } = event.data ?? {};
  if (event.source !== parent || (framing && event.origin !== framing)) return;
  if (type !== 'mms-guidance-embed:hash' || typeof hash !== 'string') return;
  if (/^#[\w%-]+$/.test(hash) && hash !== location.hash) location.replace(hash);
});

// The frame's own postMessage, called on the parent: WebKit names the parent,
// not this frame, as the source of a message sent with a same-origin parent's
// own postMessage from a callback, and the resizer trusts only its frames.
const reportHeight = () =>
  postMessage.call(
    parent,
    { type: 'mms-guidance-embed:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
    { targetOrigin: framing ?? '*' },
  );
new ResizeObserver(reportHeight).observe(document.documentElement);
