export declare const themeStyles: import("lit").CSSResult;
