import type { FormErrors } from '@mantine/form';
import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import { invoiceCreateInput } from '../../../../src-shared/domain/invoices/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { toFieldIssues } from '../../../../src-shared/validation/zod-issues';
import { sortIssues } from '../../../forms/issues-to-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { invoicePathOf } from './form-paths';
import { toCreateInput, type InvoiceFormValues } from './invoice-form-values';

export type InvoiceFormMode = 'create' | 'edit';

/** Rules the wire schema cannot see: a picked customer, half-typed numbers and amounts, required dates. */
function formOnlyErrors(values: InvoiceFormValues, mode: InvoiceFormMode, t: Translate): FormErrors {
  const errors: FormErrors = {};
  if (values.customerId === null) errors.customerId = t('validation.required');
  if (mode === 'edit' && values.number.trim() === '') errors.number = t('validation.required');
  if (values.issueDate === '') errors.issueDate = t('validation.required');
  else if (!isBusinessDate(values.issueDate)) errors.issueDate = t('validation.dateFormat');
  if (mode === 'edit' && values.dueDate === '') errors.dueDate = t('validation.required');
  else if (values.dueDate !== '' && !isBusinessDate(values.dueDate)) errors.dueDate = t('validation.dateFormat');
  if (values.mode === 'total') {
    if (values.total === null) errors.total = t('validation.required');
    else if (Number.isNaN(values.total)) errors.total = t('validation.money');
    return errors;
  }
  values.lines.forEach((line, index) => {
    const at = (field: string) => `lines.${index}.${field}`;
    if (line.quantity === '') errors[at('quantity')] = t('validation.required');
    else if (typeof line.quantity !== 'number') errors[at('quantity')] = t('validation.invalid');
    if (line.unitPrice === null) errors[at('unitPrice')] = t('validation.required');
    else if (Number.isNaN(line.unitPrice)) errors[at('unitPrice')] = t('validation.money');
    if (line.discountPercent !== '' && typeof line.discountPercent !== 'number')
      errors[at('discountPercent')] = t('validation.invalid');
  });
  return errors;
}

/**
 * Runs the same zod schema as the backend, so the form refuses exactly what the backend would (an
 * update checks the same fields), with messages in the current language.
 */
export function validateInvoiceForm(
  values: InvoiceFormValues,
  mode: InvoiceFormMode,
  language: Language,
  t: Translate,
): FormErrors {
  const parsed = invoiceCreateInput.safeParse(toCreateInput(values));
  const fromSchema = parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, invoicePathOf).fields;
  return { ...fromSchema, ...formOnlyErrors(values, mode, t) };
}
