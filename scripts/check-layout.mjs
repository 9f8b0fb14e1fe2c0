// The layout tree in CONTRIBUTING.md is how a newcomer finds their way: it
// must name every folder of src/ and every top-level folder the project keeps.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
const tree = /## Layout[\s\S]*?```text\n([\s\S]*?)```/.exec(contributing)?.[1] ?? '';
const folders = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
// Top-level folders git keeps, so not node_modules or scratch output.
const tracked = new Set(
  execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .map((path) => path.split('/')[0]),
);
const expected = [
  ...folders('src').map((name) => `  ${name}/`),
  ...folders('.')
    .filter((name) => tracked.has(name) && !name.startsWith('.'))
    .map((name) => `${name}/`),
];
const missing = expected.filter((line) => !tree.split('\n').some((row) => row.startsWith(line)));
if (missing.length > 0) {
  console.error(`CONTRIBUTING.md's layout tree lacks: ${missing.map((line) => line.trim()).join(', ')}`);
  process.exit(1);
}
