import type { PaymentBehaviourRow, RiskSegment } from '../../../../src-shared/domain/reports/types';
import type { Currency } from '../../../../src-shared/money/currency';
import type { ExportDocument } from '../../../components/export/report-table';
import type { Translate } from '../../../i18n/i18n-context';

export const BEHAVIOUR_SORTS = ['overdue', 'avgDaysLate', 'shareLate', 'paidCount', 'title'] as const;
export type BehaviourSort = (typeof BEHAVIOUR_SORTS)[number];

export const overdueIn = (row: PaymentBehaviourRow, currency: Currency): number =>
  row.overdue.find((o) => o.currency === currency)?.amount ?? 0;

/** The rows of a segment (or all), sorted: figures largest first and then by name, names A–Z. */
export function behaviourRows(
  rows: readonly PaymentBehaviourRow[],
  options: { segment: RiskSegment | null; sort: BehaviourSort; currency: Currency },
  collator: Intl.Collator,
): PaymentBehaviourRow[] {
  const byTitle = (a: PaymentBehaviourRow, b: PaymentBehaviourRow) => collator.compare(a.customerTitle, b.customerTitle);
  const figure = (row: PaymentBehaviourRow): number =>
    options.sort === 'overdue' ? overdueIn(row, options.currency) : options.sort === 'title' ? 0 : row[options.sort];
  return rows
    .filter((row) => !options.segment || row.segment === options.segment)
    .sort((a, b) => figure(b) - figure(a) || byTitle(a, b));
}

/** The table as the exports write it, in the order on screen. */
export function behaviourDocument(rows: readonly PaymentBehaviourRow[], currency: Currency, t: Translate): ExportDocument {
  return {
    fileName: 'odeme-davranisi',
    tables: [
      {
        title: t('reports.behaviour.title'),
        columns: [
          { header: t('customers.codeShort'), kind: 'text', width: 12 },
          { header: t('reports.behaviour.customer'), kind: 'text', width: 40 },
          { header: t('reports.behaviour.paidCount'), kind: 'integer' },
          { header: t('reports.behaviour.avgDaysLate'), kind: 'decimal' },
          { header: t('reports.behaviour.shareLate'), kind: 'percent' },
          { header: t('reports.behaviour.overdue', { currency }), kind: 'money', currency },
          { header: t('reports.behaviour.segment'), kind: 'text', width: 10 },
        ],
        rows: rows.map((r) => [
          r.customerCode,
          r.customerTitle,
          r.paidCount,
          r.avgDaysLate,
          r.shareLate,
          overdueIn(r, currency),
          r.segment,
        ]),
      },
    ],
  };
}
