import type { MessageKey } from '../../i18n/translate';

export interface ScheduleRow {
  kind: 'down_payment' | 'instalment';
  dueDate: string;
  amount: number;
}

export interface ScheduleProblem {
  path: (string | number)[];
  key: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * What is wrong with an edited schedule, field by field: the backend refuses to save with these, and the
 * editor shows them live. `diff` is rows minus total (positive: the rows ask for too much).
 */
export function checkSchedule(
  rows: readonly ScheduleRow[],
  total: number,
): { sum: number; diff: number; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  let sum = 0;
  rows.forEach((row, i) => {
    sum += row.amount;
    if (row.kind === 'down_payment' && i > 0) problems.push({ path: ['rows', i, 'kind'], key: 'plans.downPaymentFirst' });
    const previous = rows[i - 1];
    if (previous && row.dueDate <= previous.dueDate) problems.push({ path: ['rows', i, 'dueDate'], key: 'plans.datesIncrease' });
  });
  const diff = sum - total;
  if (diff !== 0) problems.unshift({ path: ['rows'], key: diff > 0 ? 'plans.rowsOver' : 'plans.rowsUnder', params: { diff } });
  return { sum, diff, problems };
}
