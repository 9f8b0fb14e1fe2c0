// `npm run format` formats the tree with Prettier; `npm run format -- --check`
// only checks it (Prettier's own --check next to --write would fix and pass).
import { spawnSync } from 'node:child_process';
import { bin } from './run.mjs';

const check = process.argv.includes('--check');
const { status } = spawnSync(bin('prettier'), [check ? '--check' : '--write', '--log-level', 'warn', '.'], {
  stdio: 'inherit',
});
// Prettier has named the files; a stack trace from here would say nothing more.
process.exitCode = status ?? 1;
