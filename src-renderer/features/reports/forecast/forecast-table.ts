import type { CurrencyForecast } from '../../../../src-shared/domain/dashboard/types';
import type { ExportDocument } from '../../../components/export/report-table';
import type { Translate } from '../../../i18n/i18n-context';

/** One currency's forecast: a row per week or month, then what is expected later, and the totals of both. */
export function forecastDocument(forecast: CurrencyForecast, t: Translate): ExportDocument {
  const { currency } = forecast;
  const money = (header: string) => ({ header, kind: 'money' as const, currency });
  const sum = (pick: (p: { scheduled: number; predicted: number }) => number) =>
    forecast.periods.reduce((total, p) => total + pick(p), 0) + pick(forecast.later);
  return {
    fileName: `tahsilat-tahmini-${currency}`,
    tables: [
      {
        title: `${t('reports.forecast.title')} (${currency})`,
        columns: [
          { header: t('reports.collections.from'), kind: 'date' },
          { header: t('reports.collections.to'), kind: 'date' },
          money(t('reports.forecast.scheduled')),
          money(t('reports.forecast.predicted')),
        ],
        rows: [
          ...forecast.periods.map((p) => [p.from, p.to, p.scheduled, p.predicted]),
          [t('reports.forecast.later'), null, forecast.later.scheduled, forecast.later.predicted],
        ],
        totals: [t('reports.forecast.total'), null, sum((p) => p.scheduled), sum((p) => p.predicted)],
      },
    ],
  };
}
