// `npm run format` formats the tree with Prettier; `npm run format -- --check`
// only checks it (Prettier's own --check next to --write would fix and pass).
import { execFileSync } from 'node:child_process';
import { bin } from './run.mjs';

const check = process.argv.includes('--check');
execFileSync(bin('prettier'), [check ? '--check' : '--write', '--log-level', 'warn', '.'], {
  stdio: 'inherit',
});
