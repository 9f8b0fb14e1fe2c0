/**
 * The share bar and each answer's "Copy link to this question", beside the
 * markup in sharing-controller.ts. Their outlined buttons share the element's
 * control style (mms-guidance.styles.ts), which this sheet follows.
 */
export declare const sharingStyles: import("lit").CSSResult;
