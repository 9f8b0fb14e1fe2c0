// The steps README.md and CONTRIBUTING.md give people work as written:
// - every `npm run <script>` they name is a script in package.json, and every
//   script, test file or folder they name in a command exists;
// - CONTRIBUTING's command for one test file runs that file alone: no visual or
//   forced-colours group, which fails after any layout change until the
//   baselines are regenerated;
// - the README's WordPress section names the zip the packaging writes, who
//   installs it, and that the source folder is not a plugin until packaged.
import { existsSync, readFileSync } from 'node:fs';
import { runsGroups } from '../tests/runner/groups.mjs';

const problems = [];
const docs = Object.fromEntries(['README.md', 'CONTRIBUTING.md'].map((file) => [file, readFileSync(file, 'utf8')]));
const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const [file, text] of Object.entries(docs)) {
  const commands = [...text.matchAll(/`([^`\n]*(?:npm run|npx wtr|node )[^`\n]*)`/g)].map((match) => match[1]);
  for (const command of commands) {
    for (const [, name] of command.matchAll(/npm run (?:--silent )?([\w:-]+)/g))
      if (!scripts[name]) problems.push(`${file}: \`${command}\` names no script of package.json ("${name}")`);
    for (const [path] of command.matchAll(/(?<![\w/.-])(?:scripts|tests|build|bench)\/[\w./-]+/g))
      if (!existsSync(path)) problems.push(`${file}: \`${command}\` names ${path}, which does not exist`);
  }
}

const oneFile = [...docs['CONTRIBUTING.md'].matchAll(/`((?:BROWSERS=\S+ )?npx wtr --files tests\/\S+\.test\.ts)`/g)];
if (oneFile.length === 0) problems.push('CONTRIBUTING.md gives no command for one test file (`npx wtr --files …`)');
for (const [, command] of oneFile) {
  const argv = command.split(' ').filter((word) => !word.includes('='));
  if (runsGroups(argv)) problems.push(`CONTRIBUTING.md: \`${command}\` would also run the visual group`);
}
if (!/### When to regenerate baselines and heights/.test(docs['CONTRIBUTING.md']))
  problems.push('CONTRIBUTING.md no longer says when to regenerate baselines and frame heights');

const packaging = readFileSync('scripts/wordpress-package.mjs', 'utf8');
const zipName = packaging.match(/`(mms-guidance-wordpress-)\$\{version\}(\.zip)`/);
const readme = docs['README.md'];
const wordpress = readme.slice(
  readme.indexOf('### WordPress'),
  readme.indexOf('\n#', readme.indexOf('### WordPress') + 4),
);
if (!zipName) problems.push('scripts/wordpress-package.mjs: cannot find the zip name it writes');
else if (!wordpress.includes(`${zipName[1]}<version>${zipName[2]}`))
  problems.push(`README.md's WordPress section does not name the zip (${zipName[1]}<version>${zipName[2]})`);
for (const [words, what] of [
  ['An Administrator installs', 'who installs the plugin'],
  ["is the plugin's source, not a plugin", 'that the source folder is not a plugin until packaged'],
  ['node scripts/wordpress-package.mjs', 'how to build the zip'],
])
  if (!wordpress.includes(words)) problems.push(`README.md's WordPress section no longer says ${what} ("${words}")`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('README and CONTRIBUTING: every command names a real script and file; one test file runs alone.');
