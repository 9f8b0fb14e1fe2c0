// WebKit runs as MiniBrowser under WebKitWebDriver. MiniBrowser has no headless
// mode, so it gets a virtual X display. Both stop when the test runner exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { browserPaths } from '../../scripts/browsers.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const freeDisplay = () => {
  for (let n = 99; n < 199; n++) if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('No free X display number between :99 and :198');
};

const waitFor = async (check, what, timeoutMs = 15000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
};

const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Starts Xvfb and WebKitWebDriver; resolves to the driver's port. */
export async function startWebKitDriver() {
  const display = freeDisplay();
  const xvfb = spawn(browserPaths.xvfb, [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb on :${display}`);
  const port = await freePort();
  const driver = spawn(browserPaths.webkitDriver, [`--port=${port}`, '--replace-on-new-session'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: `:${display}` },
  });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.on('exit', stop);
  await waitFor(() => listening(port), `WebKitWebDriver on port ${port}`);
  return port;
}
