// Adds the widget's script only once the fallback has been painted, so the
// upgrade shifts the page every time, not only when the network is slow: the
// layout shift the test measures then depends on layout alone, never on timing.
addEventListener('DOMContentLoaded', () => {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/mms-guidance.js';
      document.head.append(script);
    }),
  );
});
