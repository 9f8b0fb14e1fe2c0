// tests/package.test.ts renders the element from the npm tarball that
// scripts/check-package.mjs installs into .test-tmp/consumer; `npm test` runs
// that script first. When the browser tests run alone (`npm run test:browsers`,
// `wtr --files tests/package.test.ts`) and the install is missing, this plugin
// makes it before any test starts, so the test neither fails for want of it nor
// passes without checking the package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installedEntry = '.test-tmp/consumer/node_modules/mms-guidance/dist/npm/index.js';

/** Whether this run includes tests/package.test.ts: every run without --files or --group does. */
function runsPackageTest(argv) {
  const picks = argv.some((arg) => /^--(files|group)(=|$)/.test(arg));
  return !picks || argv.some((arg) => arg.includes('package.test'));
}

export function installedPackagePlugin() {
  return {
    name: 'installed-package',
    serverStart() {
      if (existsSync(installedEntry) || !runsPackageTest(process.argv)) return;
      console.log(
        `${installedEntry} is missing: packing and installing the package for tests/package.test.ts (scripts/check-package.mjs)...`,
      );
      execFileSync('node', ['scripts/check-package.mjs'], { stdio: 'inherit' });
    },
  };
}
