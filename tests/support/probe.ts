/** What tests/pages/probe.js reports from a test page. */
export interface ProbeReport {
  violations: string[];
  title: string;
  expanded: number;
  requests: string[];
  cookie: string;
  storage: number;
  databases: number;
  trustedTypes: boolean;
  /** The page's FAQPage JSON-LD, where the widget was asked for it. */
  structuredData: string | null;
  /** Cumulative Layout Shift while loading and upgrading; null where the engine cannot measure it. */
  layoutShift: number | null;
  fallbackShown: boolean;
}

/** Loads a test page in a frame and waits for tests/pages/probe.js to report. */
export function probe(path: string): Promise<ProbeReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 480px; height: 800px';
    const timer = setTimeout(() => reject(new Error(`${path}: no report from the probe`)), 8000);
    window.addEventListener('message', function onMessage(event: MessageEvent<ProbeReport & { type: string }>) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'mms-probe') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
    });
    frame.src = path;
    document.body.append(frame);
  });
}
