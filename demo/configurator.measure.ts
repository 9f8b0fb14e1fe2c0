/**
 * The height an embed frame needs so it never clips: the widget as configured
 * (collapsed, or with the open items given), plus room for its tallest answer,
 * so a reader can open one answer without running off the frame's end. The
 * configurator measures its preview with it, and tests/embed-heights.test.ts
 * measures the table in docs/embedding.md with it.
 */
/**
 * The frame height docs/embedding.md and the configurator give before anything
 * is measured: it holds the English widget at 360 px wide, collapsed, with room
 * to open one answer. tests/embed-heights.test.ts checks that it still does.
 */
export const defaultFrameHeight = 2510;

export interface EmbedHeight {
  /** The page's height as configured, in px. */
  readonly collapsed: number;
  /** collapsed plus the tallest answer, rounded up to 10 px: the height to give the frame. */
  readonly recommended: number;
}

interface Widget extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  openItems: string[];
  expandAll(): void;
}

/**
 * Measures a loaded embed page (same origin). Opening every answer and closing
 * them again happens in microtasks, with no paint between, so a visible preview
 * does not flicker.
 */
export async function measureEmbed(doc: Document): Promise<EmbedHeight> {
  await doc.defaultView?.customElements.whenDefined('mms-guidance');
  await doc.fonts.ready;
  const widget = doc.querySelector('mms-guidance') as Widget;
  await widget.updateComplete;
  // Measured as in a frame tall enough to need no scrollbar: where scrollbars take room
  // (Firefox here, desktops), a preview shorter than its page would measure a narrower, taller widget.
  const root = doc.documentElement;
  const overflow = root.style.overflow;
  root.style.overflow = 'hidden';
  const pageHeight = () => root.getBoundingClientRect().height;
  const collapsed = Math.ceil(pageHeight());
  const asConfigured = widget.openItems;
  widget.expandAll();
  await widget.updateComplete;
  const answers = [...(widget.shadowRoot?.querySelectorAll('[part~="faq-answer"]') ?? [])].map(
    (answer) => answer.getBoundingClientRect().height,
  );
  widget.openItems = asConfigured;
  await widget.updateComplete;
  root.style.overflow = overflow;
  const tallest = Math.max(0, ...answers);
  return { collapsed, recommended: Math.ceil((collapsed + tallest) / 10) * 10 };
}
