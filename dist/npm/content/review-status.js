import { dateIn } from "./locale-format.js";
// src/content/review-status.ts
/**
* The provenance line's last part: the English original, a translation not yet
* reviewed, or reviewed by whom and when, in the language's own date format.
* The widget and the dissemination kit (build/kit-pages.mjs) both say it.
*/
function reviewStatus({ ui, review, lang }) {
	if (review?.status === "reviewed") {
		const by = [review.reviewer, review.date && dateIn(lang, review.date)].filter(Boolean);
		return `${ui.reviewedBy} ${by.join(lang.startsWith("ur") ? "، " : ", ")}`;
	}
	return review ? ui.unreviewed : ui.original;
}
export { reviewStatus };
