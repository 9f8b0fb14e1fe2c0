// Questions the translator left for the reviewer, by language and string id.
// The review page prints each in the row's last column, so the reviewer sees it
// beside the string it is about; the reviewer answers it there.

export const reviewerNotes = {
  pt: {
    'card.issued':
      'Please check: months are written in lower case ("20 de janeiro de 2025"), as the browser writes the date of a review, so both read alike; the pre-1990 spelling would write "Janeiro".',
  },
  ur: {
    'card.issued':
      'Please check: the date is written "20 جنوری، 2025", as the browser writes the date of a review, so both read alike.',
    'faq.essential-medicines-list.answer[0]':
      'Please check "اس طبی اشارے کے تحت" ("under the indication"): is this the term a health worker in Pakistan would use for a medicine\'s indication?',
  },
};
