/**
 * The language the page asks for: the element's own `lang`, else the nearest
 * ancestor's, else the document's, else English. A server rendering the
 * element knows only its own attributes.
 */
export declare const requestedLang: (host: Element) => string;
/**
 * The language that best serves a BCP 47 tag: the same tag, else the same
 * primary language, so `fr-BF` gets French. Case does not matter, and the
 * locale spelling `fr_FR` (common in CMSs) reads as `fr-FR`.
 */
export declare function bestMatch<T extends {
    readonly lang: string;
}>(tag: string, languages: readonly T[]): T | undefined;
