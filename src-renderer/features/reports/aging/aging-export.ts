import type { AgingFigures, AgingRow } from '../../../../src-shared/domain/reports/types';
import type { Currency } from '../../../../src-shared/money/currency';
import type { ExportDocument } from '../../../components/export/report-table';
import type { Translate } from '../../../i18n/i18n-context';
import { agingLabels } from '../../customers/card/ledger/aging-labels';
import { overdueOf } from './aging-rows';

/** The aging of one currency as the exports write it: the rows in the order on screen, then the totals. */
export function agingDocument(
  rows: AgingRow[],
  totals: AgingFigures,
  asOf: string,
  bounds: number[],
  t: Translate,
): ExportDocument {
  const currency = totals.currency as Currency;
  const money = (header: string) => ({ header, kind: 'money' as const, currency });
  const figures = (f: AgingFigures) => [...f.buckets, overdueOf(f), f.credit, f.balance];
  return {
    fileName: `yaslandirma-${asOf}-${currency}`,
    tables: [
      {
        title: `${t('reports.aging.title')} (${currency})`,
        columns: [
          { header: t('customers.codeShort'), kind: 'text', width: 12 },
          { header: t('reports.aging.customerIn', { currency }), kind: 'text', width: 40 },
          ...agingLabels(bounds, t).map(money),
          money(t('reports.aging.overdue')),
          money(t('reports.aging.credit')),
          money(t('reports.aging.balance')),
        ],
        rows: rows.map((row) => [row.customerCode, row.customerTitle, ...figures(row)]),
        totals: [t('reports.aging.total'), null, ...figures(totals)],
      },
    ],
  };
}
