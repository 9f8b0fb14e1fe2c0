// A test-runner command that reads a QR code the way a phone's camera app
// would be tested here: the browser sends a PNG (base64), zbarimg (zbar-tools)
// decodes it, and the command returns the text, or '' when there is no code.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function qrPlugin() {
  return {
    name: 'decode-qr',
    async executeCommand({ command, payload }) {
      if (command !== 'decode-qr') return undefined;
      const folder = await mkdtemp(join(tmpdir(), 'mms-qr-'));
      try {
        const file = join(folder, 'code.png');
        await writeFile(file, Buffer.from(payload.png, 'base64'));
        return await new Promise((resolve) =>
          execFile('zbarimg', ['--raw', '-q', file], (error, stdout) => resolve(error ? '' : stdout.trim())),
        );
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
