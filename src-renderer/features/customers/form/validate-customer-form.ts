import type { FormErrors } from '@mantine/form';
import { customerCreateInput } from '../../../../src-shared/domain/customers/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { toFieldIssues } from '../../../../src-shared/validation/zod-issues';
import { sortIssues } from '../../../forms/issues-to-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { toCreateInput, type CustomerFormValues } from './customer-form-values';
import { formPathOf } from './form-paths';

export type CustomerFormMode = 'create' | 'edit';

/** Rules the wire schema cannot see: half-typed values and a code that may only be empty on a new card. */
function formOnlyErrors(values: CustomerFormValues, mode: CustomerFormMode, t: Translate): FormErrors {
  const errors: FormErrors = {};
  if (mode === 'edit' && values.code.trim() === '') errors.code = t('validation.required');
  if (values.title.trim() === '') errors.title = t('validation.required');
  if (values.paymentTermsDays === '') errors.paymentTermsDays = t('validation.required');
  if (Number.isNaN(values.creditLimit.amount)) errors['creditLimit.amount'] = t('validation.money');
  return errors;
}

/**
 * Runs the same zod schema as the backend, so the form refuses exactly what the backend would
 * (create and update share the field rules), with messages in the current language.
 */
export function validateCustomerForm(
  values: CustomerFormValues,
  mode: CustomerFormMode,
  language: Language,
  t: Translate,
): FormErrors {
  const parsed = customerCreateInput.safeParse(toCreateInput(values));
  const fromSchema = parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, formPathOf).fields;
  return { ...fromSchema, ...formOnlyErrors(values, mode, t) };
}
