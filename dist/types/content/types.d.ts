/**
 * The shape of everything the widget says. Templates render this data and
 * never hold a sentence of guidance themselves, so a reviewer can check each
 * sentence against its source, and every language fills the same shape.
 */
/**
 * The only sources the widget may cite; see `docs/sources.md`. The keys are
 * stripped from the bundles; partners find them in `docs/translation-review/`
 * and in the descriptions of `dist/content.schema.json`.
 * - S1: HMHB news page "New Guidance from the MMS TAG", 20 January 2025
 * - S2: HMHB page on the MMS TAG
 * - S3: WHO Essential Medicines List entry for MMS (UNIMMAP)
 * - S4: HMHB page on MMS joining the EML (1 October 2021)
 * - referral: the one line SOURCES.md's rules allow without a source,
 *   pointing readers to their health worker for personal advice
 */
export type SourceKey = 'S1' | 'S2' | 'S3' | 'S4' | 'referral';
/** The FAQ's stable ids, used in methods, events, ARIA ids and links. Never reuse or rename one. */
export type FaqId = 'who-released' | 'mms-tag' | 'audience' | 'why-needed' | 'leftover-tablets' | 'primary-target' | 'evidence' | 'unicef' | 'essential-medicines-list' | 'tablet-contents';
/**
 * Whether someone fluent in both languages has checked a translation against
 * the English, sentence by sentence (see docs/translation-review/). Dates are
 * written ISO 8601 (YYYY-MM-DD) and shown in the language's own format.
 */
export type Review = {
    readonly status: 'unreviewed';
} | {
    readonly status: 'reviewed';
    readonly reviewer: string;
    readonly date: string;
};
/**
 * Text that may carry `*emphasis*` and `[links](https://…)`, nothing more;
 * see `rich-text.ts`. Other strings are plain text.
 */
export type RichText = string;
export interface FaqItem {
    readonly question: string;
    /** One string per paragraph. */
    readonly answer: readonly RichText[];
    /** The source of the whole answer, or, where its paragraphs come from different sources, one per paragraph. */
    readonly source: SourceKey | readonly SourceKey[];
}
/** Interface strings: labels and names, not guidance, so they carry no source. */
export interface UiStrings {
    readonly issuedBy: string;
    readonly issuedOn: string;
    readonly keyMessageLabel: string;
    /** "In plain words", above the plain-words summary. */
    readonly plainWordsLabel: string;
    readonly faqHeading: string;
    readonly expandAll: string;
    readonly collapseAll: string;
    /** Provenance line: "Sources:", then HMHB with the guidance's date, and the WHO Essential Medicines List. */
    readonly sourceLabel: string;
    /** Provenance line: the name of the WHO Essential Medicines List, linked to its entry for MMS (S3). */
    readonly emlName: string;
    /** Provenance line: "Content version", then the version of the English it follows. */
    readonly versionLabel: string;
    /** Provenance line, for the English original. */
    readonly original: string;
    /** The notice on an unreviewed translation, also its status in the provenance line. */
    readonly unreviewed: string;
    /** Provenance line: "Translation reviewed by", then the reviewer and the date, written the language's own way. */
    readonly reviewedBy: string;
    /** The notice's button that shows the English original. */
    readonly showOriginal: string;
    /** Share bar: its label, the share-sheet button, the copy button, the "Email" link. */
    readonly share: string;
    readonly shareButton: string;
    readonly copyLink: string;
    readonly email: string;
    /** The description of the share links that open a new tab, so screen readers say so. */
    readonly newTab: string;
    /** The copy control in each answer, for a link to that question. */
    readonly copyItemLink: string;
    /** Announced, and shown, after a copy; and when copying is not possible, before the link itself. */
    readonly copied: string;
    readonly copyFailed: string;
    /** The text that goes with a shared link: the guidance's title unless a partner says otherwise. */
    readonly shareText: string;
}
/** Everything the widget says, in one language. */
export interface Texts {
    /** The guidance card; every sentence in it follows S1. */
    readonly card: {
        readonly source: 'S1';
        readonly title: string;
        readonly issuer: string;
        readonly issued: string;
        readonly keyMessage: RichText;
        /**
         * The key message in plain words, for readers with little schooling: shown
         * under it, and at the end of the leftover-tablets answer. Each sentence
         * restates the key message's wording (mapped in docs/sources.md) with its
         * conditions and hedges. Empty: not shown.
         */
        readonly plainWords: RichText;
        /** Why the guidance was needed, WHO's position, the evidence, UNICEF's support. */
        readonly context: readonly RichText[];
        /** "Read the announcement": S1 is HMHB's announcement of the guidance, not the guidance document. */
        readonly guidanceLabel: string;
        /** Where that link goes: S1 unless a partner says otherwise. */
        readonly guidanceHref: string;
    };
    readonly referral: {
        readonly source: 'referral';
        readonly text: RichText;
    };
    /** In display order. */
    readonly faq: {
        readonly [id in FaqId]: FaqItem;
    };
    readonly ui: UiStrings;
}
/** One language's content with what a reader and a reviewer need to know about it. */
export interface Language extends Texts {
    /** BCP 47 tag. */
    readonly lang: string;
    /** The language's name in itself ("Français"), shown to switch back from the English original. */
    readonly name: string;
    readonly dir: 'ltr' | 'rtl';
    /**
     * English: its own content version. A translation: the English version it
     * was made from, and the date it was made (YYYY-MM-DD).
     */
    readonly version: string;
    readonly translated?: string;
    /** English is the original and needs no review. */
    readonly review?: Review;
}
