import type { CollectionsGranularity, CurrencyCollections } from '../../../../src-shared/domain/reports/types';
import type { ExportDocument } from '../../../components/export/report-table';
import type { Translate } from '../../../i18n/i18n-context';

/**
 * The collections of one currency as two tables, for the screen and the exports alike: by period (months
 * named, weeks as their first and last day) and by payment method with each method's share.
 */
export function collectionsDocument(
  figures: CurrencyCollections,
  granularity: CollectionsGranularity,
  t: Translate,
  locale: string,
): ExportDocument {
  const { currency } = figures;
  const money = { header: t('reports.collections.amount'), kind: 'money' as const, currency };
  const count = { header: t('reports.collections.count'), kind: 'integer' as const };
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const byPeriod =
    granularity === 'month'
      ? {
          columns: [{ header: t('reports.collections.period'), kind: 'text' as const }, count, money],
          rows: figures.periods.map((p) => [monthName.format(new Date(`${p.from}T00:00:00Z`)), p.count, p.amount]),
          totals: [t('reports.collections.total'), figures.total.count, figures.total.amount],
        }
      : {
          columns: [
            { header: t('reports.collections.from'), kind: 'date' as const },
            { header: t('reports.collections.to'), kind: 'date' as const },
            count,
            money,
          ],
          rows: figures.periods.map((p) => [p.from, p.to, p.count, p.amount]),
          totals: [t('reports.collections.total'), null, figures.total.count, figures.total.amount],
        };
  const share = (amount: number) => (figures.total.amount > 0 ? amount / figures.total.amount : 0);
  return {
    fileName: `tahsilatlar-${currency}`,
    tables: [
      { title: `${t('reports.collections.byPeriod')} (${currency})`, ...byPeriod },
      {
        title: `${t('reports.collections.byMethod')} (${currency})`,
        columns: [
          { header: t('reports.collections.method'), kind: 'text', width: 24 },
          count,
          money,
          { header: t('reports.collections.share'), kind: 'percent' },
        ],
        rows: figures.methods.map((m) => [t(`payments.method.${m.method}`), m.count, m.amount, share(m.amount)]),
        totals: [t('reports.collections.total'), figures.total.count, figures.total.amount, figures.total.amount > 0 ? 1 : 0],
      },
    ],
  };
}
