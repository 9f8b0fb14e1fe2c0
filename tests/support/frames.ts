/** Adds a frame with the given page and style to the document, and resolves once it has loaded. */
export function loadFrame(src: string, style: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.title = 'Test page';
    frame.style.cssText = style;
    frame.addEventListener('load', () => resolve(frame), { once: true });
    frame.src = src;
    document.body.append(frame);
  });
}
