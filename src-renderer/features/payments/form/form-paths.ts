import type { FormPathOf } from '../../../forms/issues-to-errors';
import { manualLines, type CreditFormValues } from './credit-form-values';

const FIELD = /^(customerId|date|currency|amount|method|reference|note|number|invoiceId)$/;

/**
 * Where an issue shows in the payment / credit-note form. Allocation lines are sent without the empty
 * rows, so ['allocate', 1, 'amount'] is mapped back through the lines that were sent to the row of that
 * invoice ('allocations.<invoice id>'); an issue about the allocation as a whole goes under the table.
 */
export const creditPathOf =
  (values: CreditFormValues): FormPathOf =>
  (path) => {
    const [head, index] = path;
    if (head === 'allocate') {
      const line = typeof index === 'number' ? manualLines(values)[index] : undefined;
      return line ? `allocations.${line.invoiceId}` : 'allocations';
    }
    const joined = path.join('.');
    return FIELD.test(joined) ? joined : null;
  };
