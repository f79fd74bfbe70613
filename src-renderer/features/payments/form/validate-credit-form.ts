import type { FormErrors } from '@mantine/form';
import { isBusinessDate, todayLocal } from '../../../../src-shared/dates/business-date';
import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';
import { creditNoteCreateInput, paymentRecordInput } from '../../../../src-shared/domain/payments/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { formatMoney } from '../../../../src-shared/money/format';
import { toFieldIssues } from '../../../../src-shared/validation/zod-issues';
import { sortIssues } from '../../../forms/issues-to-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { manualLines, manualSum, toCreditNoteInput, toPaymentInput, type CreditFormValues } from './credit-form-values';
import { creditPathOf } from './form-paths';

/** What the manual check needs to know beyond the form: the open invoices offered and what goes first. */
export interface AllocationContext {
  openInvoices: InvoiceListItem[];
  /** The part of a credit note that pays the invoice it corrects before anything else. */
  firstPart: number;
}

/** Rules the wire schema cannot see: a picked customer, half-typed amounts, the day, and the allocation by hand. */
function formOnlyErrors(values: CreditFormValues, context: AllocationContext, language: Language, t: Translate): FormErrors {
  const errors: FormErrors = {};
  if (values.customerId === null) errors.customerId = t('validation.required');
  if (values.date === '') errors.date = t('validation.required');
  else if (!isBusinessDate(values.date)) errors.date = t('validation.dateFormat');
  else if (values.date > todayLocal()) errors.date = t('validation.futureDate');
  if (values.amount === null) errors.amount = t('validation.required');
  else if (Number.isNaN(values.amount)) errors.amount = t('validation.money');
  if (values.allocationMode !== 'manual') return errors;

  const open = new Map(context.openInvoices.map((invoice) => [invoice.id, invoice]));
  const lines = manualLines(values);
  for (const line of lines) {
    const at = `allocations.${line.invoiceId}`;
    const invoice = open.get(line.invoiceId);
    if (Number.isNaN(line.amount)) errors[at] = t('validation.money');
    else if (line.amount < 0) errors[at] = t('validation.positive');
    else if (invoice && line.amount > invoice.openAmount) {
      errors[at] = t('validation.exceedsOpen', { open: formatMoney(invoice.openAmount, invoice.currency, language) });
    }
  }
  const available = (values.amount ?? 0) - context.firstPart;
  if (lines.length === 0) {
    if (context.firstPart === 0) errors.allocations = t('payments.allocation.noneChosen');
  } else if (values.amount !== null && Number.isFinite(values.amount) && manualSum(values) > available) {
    errors.allocations = t('validation.overAllocated', {
      amount: formatMoney(Math.max(0, available), values.currency, language),
    });
  }
  return errors;
}

/**
 * Runs the backend's own schema for the kind of credit (payment or credit note), then the checks only
 * the screen can make, so a refusal shows on the row that causes it before anything is sent.
 */
export function validateCreditForm(
  values: CreditFormValues,
  context: AllocationContext,
  language: Language,
  t: Translate,
): FormErrors {
  const parsed =
    values.kind === 'payment'
      ? paymentRecordInput.safeParse(toPaymentInput(values))
      : creditNoteCreateInput.safeParse(toCreditNoteInput(values));
  // A bad line makes the whole 'auto' | 'none' | lines union fail too; the line's own issue says more.
  const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => issue.code !== 'invalid_union');
  const fromSchema = sortIssues(toFieldIssues(issues, language), t, creditPathOf(values)).fields;
  return { ...fromSchema, ...formOnlyErrors(values, context, language, t) };
}
