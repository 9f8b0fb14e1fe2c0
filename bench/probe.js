// Loaded first by every benchmark page: counts layout shift, and knows how to
// find, check and open each variant's questions, so run.mjs treats all alike.
(() => {
  let cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const widget = () => document.querySelector('mms-guidance');
  const questions = () => {
    if (widget()) return [...(widget().shadowRoot?.querySelectorAll('[part="faq-question"]') ?? [])];
    if (document.querySelector('details')) return [...document.querySelectorAll('details > summary')];
    if (document.querySelector('.govuk-accordion'))
      return [...document.querySelectorAll('button.govuk-accordion__section-button')];
    if (document.querySelector('sl-details')) {
      return [...document.querySelectorAll('sl-details')]
        .map((d) => d.shadowRoot?.querySelector('[part="header"]'))
        .filter(Boolean);
    }
    // Lion moves its invokers into a slot of its own and marks them with a class.
    return [...document.querySelectorAll('lion-accordion .invoker button')];
  };
  const isOpen = (button) => {
    if (button.getAttribute('aria-expanded') !== null) return button.getAttribute('aria-expanded') === 'true';
    return button.closest('details')?.open ?? false;
  };

  window.__bench = {
    cls: () => cls,
    count: () => questions().length,
    /** The FAQ has rendered: its questions exist, are laid out, and are enhanced. */
    ready: (expected) => {
      const all = questions();
      return all.length === expected && all[0].getBoundingClientRect().height > 0;
    },
    open: (index) => questions()[index].click(),
    isOpen: (index) => isOpen(questions()[index]),
  };
})();
