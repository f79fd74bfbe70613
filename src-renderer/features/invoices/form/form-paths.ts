import { joinedPathIn } from '../../../forms/issues-to-errors';

/**
 * Form paths with an input on screen: ['lines', 2, 'quantity'] → 'lines.2.quantity'. Issues about the
 * lines as a whole (none given, lines and total both given) and about the record (locked) go above the form.
 */
export const invoicePathOf = joinedPathIn(
  /^(customerId|number|issueDate|dueDate|currency|total|ettn|notes|lines\.\d+\.(description|quantity|unitPrice|vatRate|discountPercent))$/,
);
