// Stand-ins for the widget's optional features, with their exports and no
// behaviour: bench/floor.mjs builds the English bundle with one feature's
// modules swapped for this file, to weigh what that feature costs whole
// (its module, and the wiring the element keeps for it, as the minifier drops it).
// No Lit import: from bench/ it would resolve to bench's own copy. Lit renders undefined as nothing.

export class SharingController {
  renderBar() {
    return undefined;
  }
  renderItemLink() {
    return undefined;
  }
  followHash() {}
  copyItemLink() {}
  linkFollowed() {}
}
/** The element only constructs it: a plain function does for `new`. */
export function StructuredDataController(): void {}
export class ThemeController {
  check() {}
}
export const checkPartnerContent = () => ({});
export const parsePartnerContent = () => ({});
export const withPartnerContent = (languages: unknown[]) => languages;
export const fetchContent = () => Promise.reject(new Error());
export const blocked = false;
export const restoreTrustedTypes = () => {};
