import { MmsGuidance } from './mms-guidance.js';
export { MmsGuidance };
export type { ToggleAllDetail, ToggleDetail } from './events.js';
export type { FaqItem, GuidanceContent, SourceKey } from './content/types.js';
declare global {
    interface HTMLElementTagNameMap {
        'mms-guidance': MmsGuidance;
    }
}
