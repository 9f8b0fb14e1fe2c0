import { applyParams } from './params.js';

/**
 * The script of dist/embed.html, the page a partner frames when its CMS
 * forbids scripts: builds the widget from the query string, and tells the
 * parent page its height whenever it changes, for dist/embed-resizer.js.
 */
const widget = document.createElement('mms-guidance');
const shown = applyParams(new URLSearchParams(location.search), widget);
document.documentElement.dataset['sections'] = shown.join(' ');
// A frame cannot know the address of the page around it, and would share its
// own: the share bar shows only when the partner names the address (share-url).
if (!widget.hasAttribute('share-url')) widget.setAttribute('share', 'off');
document.body.append(widget);

const reportHeight = () =>
  parent.postMessage(
    {
      type: 'mms-guidance-embed:height',
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      href: location.href,
    },
    '*',
  );
new ResizeObserver(reportHeight).observe(document.documentElement);
