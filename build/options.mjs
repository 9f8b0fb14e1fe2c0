// A pre-rendered widget (dist/html/) printed with other options than the defaults,
// without rendering again: each option's change to the markup, as Lit renders it,
// is stored once as text to find and its replacement (dist/html/*.options.json),
// and a server applies the ones it needs. build/prerender.mjs checks that the
// result is exactly Lit's render; the WordPress plugin (includes/prerendered.php)
// and the configurator do the same steps as applyOptions below.

const occurrences = (text, search) => text.split(search).length - 1;

/**
 * The one edit that turns `base` into `changed`, widened tag by tag until the
 * text it looks for occurs exactly once in `base`.
 */
function editBetween(base, changed) {
  let start = 0;
  while (start < base.length && base[start] === changed[start]) start++;
  let end = 0;
  while (
    end < base.length - start &&
    end < changed.length - start &&
    base[base.length - 1 - end] === changed[changed.length - 1 - end]
  )
    end++;
  do {
    start = Math.max(0, base.lastIndexOf('<', start - 1));
    const close = base.indexOf('>', base.length - end);
    end = close === -1 ? 0 : base.length - close - 1;
  } while (occurrences(base, base.slice(start, base.length - end)) !== 1);
  return [base.slice(start, base.length - end), changed.slice(start, changed.length - end)];
}

/** Replaces `search`, which must occur exactly once. */
function replaceOnce(text, [search, replacement]) {
  const at = text.indexOf(search);
  if (at === -1 || text.indexOf(search, at + 1) !== -1)
    throw new Error(`an option's edit does not apply once: ${search.slice(0, 80)}`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/**
 * The edits for each option that changes the markup: `share="off"`, each FAQ id in
 * `open-items`, and every id open (the "Collapse all" label). `render` gives the
 * inside of the element (after its start tag) for the attributes given.
 */
export function variantsOf(inside, render, ids) {
  const open = Object.fromEntries(ids.map((id) => [id, editBetween(inside, render({ 'open-items': id }))]));
  const everyOpen = ids.reduce((text, id) => replaceOnce(text, open[id]), inside);
  return {
    headings:
      'heading-level N: h2 becomes hN and h3 becomes h(N+1), start and end tags; the widget writes no other headings.',
    shareOff: editBetween(inside, render({ share: 'off' })),
    allOpen: editBetween(everyOpen, render({ 'open-items': ids.join(' ') })),
    open,
  };
}

/** The card's heading is h2 and the FAQ's h3 at the default level 2; `level` moves both. */
const withHeadingLevel = (text, level) =>
  level === 2
    ? text
    : text.replace(/<(\/?)h([23])(?=[\s>])/g, (_match, slash, h) => `<${slash}h${level + Number(h) - 2}`);

/**
 * The inside of a pre-rendered element for these options (attribute names and
 * values as the element takes them; `heading-level` 1 to 5). Options that change
 * only the element's own attributes (`color-scheme`, `link-prefix`, theme tokens)
 * need no edit: the server writes them on the start tag.
 */
export function applyOptions(inside, variants, options) {
  const ids = Object.keys(variants.open);
  const open = [...new Set(String(options['open-items'] ?? '').split(/[\s,]+/))].filter((id) => ids.includes(id));
  const edits = open.map((id) => variants.open[id]);
  if (open.length === ids.length) edits.push(variants.allOpen);
  if (options.share === 'off') edits.push(variants.shareOff);
  return withHeadingLevel(edits.reduce(replaceOnce, inside), Number(options['heading-level'] ?? 2));
}
