import type { AgingFigures, AgingRow } from '../../../../src-shared/domain/reports/types';
import type { AgingSort } from './use-aging-filter';

/** What is overdue: every bucket after "not due". */
export const overdueOf = (figures: Pick<AgingFigures, 'buckets'>): number =>
  figures.buckets.slice(1).reduce((sum, amount) => sum + amount, 0);

/** One currency's rows in the chosen order; ties go by name so the order never jumps. */
export function sortAgingRows(rows: AgingRow[], sort: AgingSort, collator: Intl.Collator): AgingRow[] {
  const byTitle = (a: AgingRow, b: AgingRow) => collator.compare(a.customerTitle, b.customerTitle) || a.customerId - b.customerId;
  const compare = {
    balance: (a: AgingRow, b: AgingRow) => b.balance - a.balance || byTitle(a, b),
    overdue: (a: AgingRow, b: AgingRow) => overdueOf(b) - overdueOf(a) || b.balance - a.balance || byTitle(a, b),
    title: byTitle,
  }[sort];
  return [...rows].sort(compare);
}
