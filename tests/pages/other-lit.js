// Another Lit app, loaded first, has made its "lit-html" policy; with ?both,
// something has also taken the name "mms-guidance".
const names = new URL(document.currentScript.src).searchParams.has('both')
  ? ['lit-html', 'mms-guidance']
  : ['lit-html'];
for (const name of names) globalThis.trustedTypes?.createPolicy(name, { createHTML: (input) => input });
