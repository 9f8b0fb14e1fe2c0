/**
 * Where the provenance line links, by the keys of docs/sources.md: HMHB's
 * announcement of the guidance (S1, also the default of "Read the
 * announcement") and the WHO Essential Medicines List entry for MMS (S3).
 */
export declare const hmhbAnnouncement = "https://hmhbconsortium.org/new-guidance-from-the-mms-tag/";
export declare const whoEmlEntry = "https://list.essentialmeds.org/recommendations/1237";
