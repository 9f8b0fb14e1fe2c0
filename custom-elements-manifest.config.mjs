// `cem analyze` reads this: the manifest documents the one public element.
export default {
  globs: ['src/mms-guidance.ts'],
  litelement: true,
};
