// How the project's scripts run a command: quietly, with its errors shown.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** A tool installed by `npm ci`. */
export const bin = (name) => join('node_modules', '.bin', name);

/** Runs a command; only what it writes to stderr is shown. Throws if it fails. */
export const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
