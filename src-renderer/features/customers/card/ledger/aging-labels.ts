import type { Translate } from '../../../../i18n/i18n-context';

/** Labels of the aging buckets for these bounds: [30, 60, 90, 120] → not due, 1–30, 31–60, 61–90, 91–120, 120+. */
export function agingLabels(bounds: readonly number[], t: Translate): string[] {
  const ranges = bounds.map((bound, i) => `${(bounds[i - 1] ?? 0) + 1}–${bound}`);
  return [t('account.aging.notDue'), ...ranges, `${bounds.at(-1) ?? 0}+`];
}

/** Calm for money not yet due, then warmer the longer it is overdue. */
export const AGING_COLORS = ['teal.5', 'yellow.5', 'orange.5', 'orange.7', 'red.6', 'red.9'];

export const agingColor = (index: number, count: number): string =>
  // With other bounds than the default five, the last bucket is always the darkest.
  index === count - 1 ? AGING_COLORS.at(-1)! : (AGING_COLORS[index] ?? AGING_COLORS.at(-2)!);
