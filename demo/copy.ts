/**
 * Copies a block's text for the demo tools, and says so in a live region. Where
 * the clipboard is refused (an insecure page, a denied permission), it selects
 * the text so the reader can copy it by hand.
 */
export async function copyText(source: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    getSelection()?.selectAllChildren(source);
    status.textContent = 'Could not copy automatically: the text is selected, press Ctrl+C.';
  }
}
