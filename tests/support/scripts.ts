/** Adds a script to this page, as a partner's page does, and resolves once it has run; rejects if it cannot load. */
export function loadScript(src: string, type: 'classic' | 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
