// Counts passed and failed tests per browser and writes them where
// scripts/test.mjs reads them for the closing `tests: N passed, N failed` line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const countsFile = 'node_modules/.cache/mms-guidance/test-counts.json';

function countSuite(suite, tally) {
  for (const test of suite.tests) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const child of suite.suites) countSuite(child, tally);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const tally = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        if (session.testResults) countSuite(session.testResults, tally);
        // A file that failed to load or threw outside a test counts as a failure.
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) tally.fileErrors++;
      }
      mkdirSync(dirname(countsFile), { recursive: true });
      writeFileSync(countsFile, JSON.stringify(byBrowser, null, 2));
    },
  };
}
