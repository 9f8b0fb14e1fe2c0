// Runs first on a test page: records every policy violation, lets the widget
// load and be used, then reports to the test (the parent frame) what happened.
const violations = [];
// Cumulative Layout Shift, where the engine reports layout shifts (Chromium).
const canMeasureShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
let layoutShift = 0;
if (canMeasureShifts) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
});

window.addEventListener('load', async () => {
  await customElements.whenDefined('mms-guidance');
  const widget = document.querySelector('mms-guidance');
  await widget.updateComplete;
  const root = widget.shadowRoot;
  // Layout shifts from loading and upgrading, before the probe's own clicks move anything.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const loadShift = layoutShift;
  root.querySelector('[part="faq-question"]').click();
  root.querySelector('[part="toggle-all"]').click();
  await widget.updateComplete;
  widget.refreshTheme();
  await new Promise((resolve) => setTimeout(resolve, 200));
  parent.postMessage(
    {
      type: 'mms-probe',
      violations,
      title: root.querySelector('[part="title"]').textContent,
      expanded: root.querySelectorAll('[aria-expanded="true"]').length,
      requests: performance.getEntriesByType('resource').map((entry) => entry.name),
      cookie: document.cookie,
      storage: localStorage.length + sessionStorage.length,
      databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
      trustedTypes: typeof trustedTypes !== 'undefined',
      structuredData: document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? null,
      layoutShift: canMeasureShifts ? loadShift : null,
      fallbackShown: [...widget.children].some((child) => child.getBoundingClientRect().height > 0),
    },
    '*',
  );
});
