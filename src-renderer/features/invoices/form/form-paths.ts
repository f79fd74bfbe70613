import { joinedPathIn } from '../../../forms/issues-to-errors';

/**
 * Form paths shown on screen: an input's (['lines', 2, 'quantity'] → 'lines.2.quantity'), a line's as a whole
 * ('lines.2', beside that line) and the lines' sum ('lines', beside the totals it is about). Issues about the
 * record (locked) go above the form.
 */
export const invoicePathOf = joinedPathIn(
  /^(customerId|number|issueDate|dueDate|currency|total|ettn|notes|lines|lines\.\d+|lines\.\d+\.(description|quantity|unitPrice|vatRate|discountPercent))$/,
);
