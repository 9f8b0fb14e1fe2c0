// The five ways to show the FAQ, the sizes measured, and the JS and CSS files
// each way needs (what the byte counts add up).
export const variants = ['widget', 'plain', 'govuk', 'shoelace', 'lion'];
export const sizes = [10, 200];
export const assets = {
  widget: ['mms-guidance.js'],
  plain: ['plain.css'],
  govuk: ['govuk-frontend.min.css', 'govuk-frontend.min.js', 'govuk-init.js', 'govuk-supported.js'],
  shoelace: ['shoelace-light.css', 'shoelace-details.js'],
  lion: ['lion-accordion.js'],
};
