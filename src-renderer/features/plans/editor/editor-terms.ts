import { addDays } from '../../../../src-shared/dates/business-date';
import type { MethodInput } from '../../../../src-shared/contract/methods';
import { monthlyOn } from '../../../../src-shared/domain/plans/propose';
import { planProposeInput, type PlanFrequency } from '../../../../src-shared/domain/plans/schemas';
import type { Language } from '../../../../src-shared/i18n/language';
import { translate } from '../../../../src-shared/i18n/translate';
import { toFieldIssues } from '../../../../src-shared/validation/zod-issues';

export type FrequencyKind = PlanFrequency['kind'];

/** The parameters the user sets; numbers as the inputs hold them ('' while empty). */
export interface EditorTerms {
  downPayment: number | null;
  count: number | string;
  frequency: FrequencyKind;
  day: number | string;
  every: number | string;
  startDate: string;
  /** Yearly percentage as typed (24,5 → 2450 bp). */
  interestPercent: number | string;
  move: boolean;
  /** Dates of the instalments when the frequency is custom (kept apart from the table's edits). */
  customDates: string[];
}

export const initialTerms = (today: string): EditorTerms => ({
  downPayment: null,
  count: 3,
  frequency: 'monthly',
  day: Number(today.slice(8, 10)),
  every: 4,
  startDate: addDays(today, 30),
  interestPercent: 0,
  move: false,
  customDates: [],
});

/** Custom dates for `count` instalments: the ones there are, then a month after the last (or the start). */
export function fitCustomDates(dates: readonly string[], count: number, startDate: string): string[] {
  const fitted = dates.slice(0, count);
  while (fitted.length < count) {
    const last = fitted.at(-1);
    fitted.push(last ? monthlyOn(last, 1, Number(last.slice(8, 10))) : startDate);
  }
  return fitted;
}

const frequencyOf = (terms: EditorTerms, count: number): PlanFrequency => {
  if (terms.frequency === 'weekly') return { kind: 'weekly', every: Number(terms.every) };
  if (terms.frequency === 'monthly') return { kind: 'monthly', day: Number(terms.day) };
  return { kind: 'custom', dates: fitCustomDates(terms.customDates, count, terms.startDate) };
};

export const interestBp = (terms: EditorTerms): number => Math.round(Number(terms.interestPercent || 0) * 100);

/**
 * The terms as `plans/propose` arguments, checked with the backend's own schema: either the input to ask for,
 * or the problems per field (in the user's language) to show instead.
 */
export function proposeArgs(
  terms: EditorTerms,
  principal: number,
  language: Language,
): { input: MethodInput<'plans/propose'> | null; errors: Record<string, string> } {
  const count = Number(terms.count);
  const input = {
    principal,
    downPayment: terms.downPayment ?? 0,
    count,
    frequency: frequencyOf(terms, Number.isInteger(count) && count > 0 && count <= 120 ? count : 0),
    startDate: terms.startDate,
    interestRateBp: interestBp(terms),
    moveToBusinessDay: terms.move,
  };
  const errors: Record<string, string> = {};
  if (!Number.isFinite(Number(terms.interestPercent)) || Number(terms.interestPercent) * 100 !== interestBp(terms))
    errors.interestRateBp = translate(language, 'validation.percentDecimals');
  if (Number.isNaN(input.downPayment)) errors.downPayment = translate(language, 'validation.minorUnits');
  const parsed = planProposeInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error.issues, language)) {
      const field = String(issue.path[0]);
      // The principal is not a term, and the down payment is only too large against something covered.
      if (field === 'principal' || (field === 'downPayment' && principal <= 0)) continue;
      errors[field === 'frequency' ? String(issue.path.at(-1)) : field] ??= issue.message;
    }
  }
  return { input: Object.keys(errors).length === 0 && principal > 0 ? input : null, errors };
}
