// `cem analyze` reads this: the manifest documents the one public element.
// packagejson: false, or every run (the tests analyze into a scratch folder too)
// would point package.json's customElements field at its output folder.
export default {
  globs: ['src/mms-guidance.ts'],
  litelement: true,
  packagejson: false,
};
