// `npm run format` formats the tree with Prettier; `npm run format -- --check`
// only checks it (Prettier's own --check next to --write would fix and pass).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const check = process.argv.includes('--check');
execFileSync(join('node_modules', '.bin', 'prettier'), [check ? '--check' : '--write', '--log-level', 'warn', '.'], {
  stdio: 'inherit',
});
