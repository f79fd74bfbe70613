import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendMonth } from '../../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { compactMoney } from './money-axis';
import { legendText, useChartColor } from './use-chart-colors';

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
  const { language, locale } = useI18n();
  const format = useFormatters();
  const color = useChartColor();
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const rows = (months ?? []).map((m) => ({ ...m, label: monthName.format(new Date(`${m.month}T00:00:00Z`)) }));
  const money = (v: number) => (currency ? format.money(v, currency) : String(v));

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
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke={color('gray.2')} />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis
            tickFormatter={(v: number) => compactMoney(v, language)}
            tickLine={false}
            axisLine={false}
            fontSize={12}
            width={56}
          />
          <Tooltip cursor={{ fill: color('gray.1') }} formatter={(value, name) => [money(Number(value)), String(name)]} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText(color)} />
          <Bar
            isAnimationActive={false}
            dataKey="invoiced"
            name={t('dashboard.trend.invoiced')}
            fill={color('vade.3')}
            radius={[3, 3, 0, 0]}
          />
          <Bar
            isAnimationActive={false}
            dataKey="collected"
            name={t('dashboard.trend.collected')}
            fill={color('teal.5')}
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
