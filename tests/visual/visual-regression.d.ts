// The package's index.d.ts re-exports from a .mjs file without a .d.mts beside it,
// so TypeScript finds no types; this states the one function the tests use.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
