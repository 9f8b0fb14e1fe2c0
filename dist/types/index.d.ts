import { MmsGuidance } from './mms-guidance.js';
export { MmsGuidance };
export type { LinkDetail, LinkKind, ShareChannel, ShareDetail, ToggleAllDetail, ToggleDetail } from './events.js';
export type { FaqId, FaqItem, Language, Review, SourceKey, Texts, UiStrings } from './content/types.js';
declare global {
    interface HTMLElementTagNameMap {
        'mms-guidance': MmsGuidance;
    }
}
