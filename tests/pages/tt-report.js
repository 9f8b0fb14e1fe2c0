// Runs first on the Trusted Types test pages: records errors, console errors
// and policy violations, then, once everything has loaded, reports to the test
// (the parent frame) whether the widget was defined and what it shows.
const report = { type: 'tt-report', errors: [], consoleErrors: [], violations: [] };
addEventListener('error', (event) => report.errors.push(event.message));
const consoleError = console.error;
console.error = (...args) => {
  report.consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
document.addEventListener('securitypolicyviolation', (event) => report.violations.push(event.effectiveDirective));
addEventListener('load', async () => {
  const widget = document.querySelector('mms-guidance');
  report.defined = Boolean(customElements.get('mms-guidance'));
  if (report.defined) await widget.updateComplete;
  report.title = widget.shadowRoot?.querySelector('[part="title"]')?.textContent ?? null;
  report.fallbackShown = widget.firstElementChild.getBoundingClientRect().height > 0;
  report.structuredData = document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? null;
  report.trustedTypes = typeof trustedTypes !== 'undefined';
  parent.postMessage(report, '*');
});
