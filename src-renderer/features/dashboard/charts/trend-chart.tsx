import { Bar } from 'recharts';
import type { TrendMonth } from '../../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { useI18n, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { MoneyChart, STILL, useMoney } from './money-chart';
import { useChartColor } from './use-chart-colors';

interface TrendChartProps {
  currency: Currency | undefined;
  months: TrendMonth[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The last twelve months side by side: what was invoiced and what came in. */
export function TrendChart({ currency, months, loading, error, onRetry }: TrendChartProps) {
  const t = useT();
  const { locale } = useI18n();
  const color = useChartColor();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const rows = (months ?? []).map((m) => ({ ...m, label: monthName.format(new Date(`${m.month}T00:00:00Z`)) }));
  const money = useMoney(currency);

  return (
    <ChartCard
      title={t('dashboard.trend.title')}
      subtitle={t('dashboard.trend.subtitle')}
      exportName="faturalanan-tahsil-edilen"
      testId="trend-chart"
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={rows.every((r) => r.invoiced === 0 && r.collected === 0)}
      emptyText={t('dashboard.trend.empty')}
      data={{
        header: [t('dashboard.trend.month'), t('dashboard.trend.invoiced'), t('dashboard.trend.collected')],
        rows: rows.map((r) => [r.label, money(r.invoiced), money(r.collected)]),
      }}
    >
      <MoneyChart rows={rows} money={money} legend>
        <Bar {...STILL} dataKey="invoiced" name={t('dashboard.trend.invoiced')} fill={color('vade.3')} radius={[3, 3, 0, 0]} />
        <Bar {...STILL} dataKey="collected" name={t('dashboard.trend.collected')} fill={color('teal.5')} radius={[3, 3, 0, 0]} />
      </MoneyChart>
    </ChartCard>
  );
}
