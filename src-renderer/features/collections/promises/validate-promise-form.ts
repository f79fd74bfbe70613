import type { FormErrors } from '@mantine/form';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { promiseCreateInput } from '../../../../src-shared/domain/collections/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { joinedPathIn } from '../../../forms/issues-to-errors';
import { amountError, dayError, schemaErrors } from '../../../forms/schema-errors';
import type { Translate } from '../../../i18n/i18n-context';
import { toPromiseInput, type PromiseFormValues } from './promise-form-values';

export const promisePathOf = joinedPathIn(/^(promisedDate|amount|currency|note)$/);

/** The backend's schema, then what it cannot see: a half-typed amount, and a day not before today. */
export function validatePromiseForm(values: PromiseFormValues, language: Language, t: Translate): FormErrors {
  const errors = schemaErrors(promiseCreateInput, toPromiseInput(1, values), language, t, promisePathOf);
  return { ...errors, ...promiseDayAndAmountErrors(values, t) };
}

/** What the schema cannot see in a promise's day and amount: a half-typed amount, a day before today. */
export function promiseDayAndAmountErrors(values: Pick<PromiseFormValues, 'promisedDate' | 'amount'>, t: Translate): FormErrors {
  const errors: FormErrors = {};
  const day = dayError(values.promisedDate, t);
  if (day) errors.promisedDate = day;
  else if (values.promisedDate < todayLocal()) errors.promisedDate = t('validation.promiseBeforeMade');
  const amount = amountError(values.amount, t);
  if (amount) errors.amount = amount;
  return errors;
}
