// A social card drawn on a canvas: the key message as large as fits, its label,
// the title, its source and content version, and a translation's review status.
// The same function draws the committed cards (build/kit.mjs runs it in
// Chromium) and a partner's cards in the configurator. Self-contained, no
// imports: the build runs its source in the page as it is.

/** The card sizes: link previews (og:image, X, Facebook, LinkedIn), and WhatsApp status and Instagram. */
export const cardSizes = [
  { name: 'card-1200x630', width: 1200, height: 630 },
  { name: 'card-1080x1080', width: 1080, height: 1080 },
];

/**
 * Draws `texts` (build/kit-pages.mjs kitTexts) on `canvas` at its size, and
 * returns the lines it drew, by part, so a test can check that the key message
 * drawn is the content's. Text is near-black on white; the accent colours a band only.
 */
export function drawCard(canvas, texts, { accent = '#005a9c', family } = {}) {
  const { width, height } = canvas;
  const ctx = canvas.getContext('2d');
  const rtl = texts.dir === 'rtl';
  const fonts =
    family ??
    (rtl
      ? `'Kit Naskh', 'Noto Naskh Arabic', 'Kit Sans', 'Noto Sans', sans-serif`
      : `'Kit Sans', 'Noto Sans', 'Kit Naskh', 'Noto Naskh Arabic', sans-serif`);
  const pad = Math.round(Math.min(width, height) * 0.07);
  const band = Math.round(Math.min(width, height) * 0.035);
  const inner = width - 2 * pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = accent;
  ctx.fillRect(0, 0, width, band);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  const x = rtl ? width - pad : pad;
  // Naskh needs more room between lines for its ascenders and dots.
  const leading = rtl ? 1.7 : 1.25;

  /** Words into lines no wider than `max` at the current font. */
  const wrap = (text, max) => {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const tried = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(tried).width > max) {
        lines.push(line);
        line = word;
      } else line = tried;
    }
    if (line) lines.push(line);
    return lines;
  };
  const font = (weight, px) => `${weight} ${px}px ${fonts}`;

  // The footer, from the bottom up: status (translations), source and version, title.
  const small = Math.round(height * (width > height ? 0.034 : 0.026));
  ctx.font = font(400, small);
  const footer = [
    ...wrap(texts.title, inner),
    `${texts.source} · ${texts.version}`,
    ...(texts.reviewed ? [] : wrap(texts.status, inner)),
  ];
  const footerTop = height - pad - (footer.length - 1) * small * leading;

  // The label, then the key message at the largest size that fits between label and footer.
  const labelSize = Math.round(small * 1.15);
  const labelY = band + pad + labelSize;
  const top = labelY + labelSize * 0.9;
  const bottom = footerTop - small * leading * 1.2;
  let size = Math.round(height * (width > height ? 0.085 : 0.07));
  let keyLines;
  for (; size > 12; size -= 1) {
    ctx.font = font(700, size);
    keyLines = wrap(texts.keyMessage, inner);
    if (keyLines.length * size * leading <= bottom - top) break;
  }

  ctx.fillStyle = '#1a1a1a';
  ctx.font = font(700, labelSize);
  ctx.fillText(texts.keyMessageLabel, x, labelY);
  ctx.font = font(700, size);
  keyLines.forEach((line, index) => ctx.fillText(line, x, top + size + index * size * leading));
  ctx.fillStyle = '#333333';
  ctx.font = font(400, small);
  footer.forEach((line, index) => ctx.fillText(line, x, footerTop + index * small * leading));
  return { label: texts.keyMessageLabel, keyMessage: keyLines, footer, keySize: size };
}
