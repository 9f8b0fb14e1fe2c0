import { createHash } from 'node:crypto';

/** The CSP hash (style-src) of a pre-rendered fragment's one inline <style>. */
export function styleHash(fragment) {
  const [, css] = /<style>([^]*?)<\/style>/.exec(fragment) ?? [];
  if (css === undefined) throw new Error('a pre-rendered fragment has no <style>');
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
