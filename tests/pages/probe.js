// Runs first on a test page: records every policy violation, lets the widget
// load and be used, then reports to the test (the parent frame) what happened.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
});

window.addEventListener('load', async () => {
  await customElements.whenDefined('mms-guidance');
  const widget = document.querySelector('mms-guidance');
  await widget.updateComplete;
  const root = widget.shadowRoot;
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
    },
    '*',
  );
});
