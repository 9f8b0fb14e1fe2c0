/** Text of docs/sources.md, the list of sources and the fidelity rules. */
export async function sourcesMd(): Promise<string> {
  const response = await fetch('/docs/sources.md');
  if (!response.ok) throw new Error(`docs/sources.md: HTTP ${response.status}`);
  return response.text();
}
