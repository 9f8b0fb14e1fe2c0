// `npm start` must serve dist/ byte for byte, so a snippet copied from the
// configurator (with its integrity hash) and the framed embed.html (with its
// CSP) behave there as on a partner's server. Starts the dev server on a free
// port, fetches every file in dist/ and compares it with the file on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({ logLevel: 'error', server: { port: 0, strictPort: false } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const problems = [];
try {
  const files = readdirSync('dist', { recursive: true }).filter((name) => /\.(js|html|css|json)$/.test(name));
  for (const name of files) {
    const response = await fetch(`${base}/dist/${name}`);
    const served = Buffer.from(await response.arrayBuffer());
    if (!response.ok || !served.equals(readFileSync(`dist/${name}`)))
      problems.push(`/dist/${name} (HTTP ${response.status})`);
  }
  if (problems.length > 0)
    throw new Error(`npm start does not serve these as they are on disk: ${problems.join(', ')}`);
  console.log(`npm start serves all ${files.length} files of dist/ byte for byte.`);
} finally {
  await server.close();
}
