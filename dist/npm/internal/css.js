import { unsafeCSS } from "lit";
// src/internal/css.ts
/**
* Lit's css`` for the widget's own stylesheets, which interpolate nothing (the
* type allows no `${}`, and build/slim-bundle.ts minifies them as plain text):
* the same CSSResult, made with unsafeCSS from the literal, so the bundles
* leave out the code with which Lit's css`` checks interpolated values (about 150 B gzip).
*/
var css = (strings) => unsafeCSS(strings[0]);
export { css };
