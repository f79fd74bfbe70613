import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import type { Language } from '../../src-shared/i18n/language';
import { isBusinessDate } from '../../src-shared/dates/business-date';
import { toFieldIssues } from '../../src-shared/validation/zod-issues';
import type { Translate } from '../i18n/i18n-context';
import { sortIssues, type FormPathOf } from './issues-to-errors';

/** The backend's own schema run on what a form would send, its issues placed on the form's fields. */
export function schemaErrors(
  schema: z.ZodType,
  input: unknown,
  language: Language,
  t: Translate,
  pathOf: FormPathOf,
): FormErrors {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : sortIssues(toFieldIssues(parsed.error.issues, language), t, pathOf).fields;
}

/** What is wrong with a typed day ('' when empty): missing, not a day, or after `latest` (today, say). */
export function dayError(day: string, t: Translate, latest?: string): string | null {
  if (day === '') return t('validation.required');
  if (!isBusinessDate(day)) return t('validation.dateFormat');
  if (latest !== undefined && day > latest) return t('validation.futureDate');
  return null;
}

/** What is wrong with an amount from a MoneyInput: nothing typed, or text that is not an amount. */
export function amountError(minor: number | null, t: Translate): string | null {
  if (minor === null) return t('validation.required');
  if (Number.isNaN(minor)) return t('validation.money');
  return null;
}
