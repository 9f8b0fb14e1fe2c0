/** Why a partner's value cannot fill a token of `kind` (a CSS property, as Token.validAs), or undefined if it can. */
export declare function themeValueProblem(value: string, kind: string): string | undefined;
