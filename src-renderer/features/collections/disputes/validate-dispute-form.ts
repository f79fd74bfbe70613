import type { FormErrors } from '@mantine/form';
import { disputeOpenInput } from '../../../../src-shared/domain/collections/schemas';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import type { Language } from '../../../../src-shared/i18n/language';
import { formatMoney } from '../../../../src-shared/money/format';
import { joinedPathIn } from '../../../forms/issues-to-errors';
import { amountError, schemaErrors } from '../../../forms/schema-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { toDisputeInput, type DisputeFormValues } from './dispute-form-values';

export const disputePathOf = joinedPathIn(/^(reason|amount|note)$/);

/** The backend's schema, a reason picked, and no more disputed than the invoice still has open. */
export function validateDisputeForm(
  values: DisputeFormValues,
  invoice: Pick<Invoice, 'openAmount' | 'currency'>,
  language: Language,
  t: Translate,
): FormErrors {
  const errors = schemaErrors(disputeOpenInput, toDisputeInput(1, values), language, t, disputePathOf);
  if (values.reason === null) errors.reason = t('validation.required');
  const amount = amountError(values.amount, t);
  if (amount) errors.amount = amount;
  else if ((values.amount ?? 0) > invoice.openAmount)
    errors.amount = t('validation.disputeTooLarge', { open: formatMoney(invoice.openAmount, invoice.currency, language) });
  return errors;
}
