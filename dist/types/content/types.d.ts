/**
 * The shape of everything the widget says. Templates render this data and
 * never hold a sentence of guidance themselves, so a reviewer can check each
 * sentence against its source, and later languages fill the same shape.
 */
/**
 * The only sources the widget may cite; see `../shared/content/SOURCES.md`.
 * - S1: HMHB news page "New Guidance from the MMS TAG", 20 January 2025
 * - S2: HMHB page on the MMS TAG
 * - S3: WHO Essential Medicines List entry for MMS (UNIMMAP)
 * - S4: HMHB page on MMS joining the EML (1 October 2021)
 * - referral: the one line SOURCES.md's rules allow without a source,
 *   pointing readers to their health worker for personal advice
 */
export type SourceKey = 'S1' | 'S2' | 'S3' | 'S4' | 'referral';
/** A sentence or paragraph of guidance, with the source a reviewer checks it against. */
export interface Sourced {
    readonly text: string;
    readonly source: SourceKey;
}
export interface FaqItem {
    /** Stable id: used in methods, events and ARIA ids. Never reuse or rename one. */
    readonly id: string;
    readonly question: string;
    /** One string per paragraph. */
    readonly answer: readonly string[];
    readonly source: SourceKey;
}
/** Interface strings: labels and names, not guidance, so they carry no source. */
export interface UiStrings {
    readonly issuedBy: string;
    readonly issuedOn: string;
    readonly keyMessageLabel: string;
    readonly faqHeading: string;
    readonly expandAll: string;
    readonly collapseAll: string;
}
export interface GuidanceContent {
    /** BCP 47 tag of this content's language. */
    readonly lang: string;
    readonly dir: 'ltr' | 'rtl';
    readonly title: Sourced;
    readonly issuer: Sourced;
    readonly issued: {
        readonly iso: string;
        readonly text: string;
        readonly source: SourceKey;
    };
    readonly keyMessage: Sourced;
    /** Why the guidance was needed, WHO's position, the evidence, UNICEF's support. */
    readonly context: readonly Sourced[];
    readonly guidanceLink: {
        readonly label: string;
        readonly href: string;
        readonly source: SourceKey;
    };
    readonly referral: Sourced;
    readonly faq: readonly FaqItem[];
    readonly ui: UiStrings;
}
