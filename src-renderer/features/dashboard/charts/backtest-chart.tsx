import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurrencyBacktest } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { compactMoney } from './money-axis';
import { legendText, useChartColor } from './use-chart-colors';

interface BacktestChartProps {
  backtest: CurrencyBacktest | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The forecast made eight weeks ago against what came in since: how far to trust the one above. */
export function BacktestChart({ backtest, loading, error, onRetry }: BacktestChartProps) {
  const t = useT();
  const language = useLanguage();
  const format = useFormatters();
  const color = useChartColor();
  const currency = backtest?.currency;
  const money = (v: number) => (currency ? format.money(v, currency) : String(v));
  const error100 = (e: number | null) => (e === null ? '—' : format.percent(Math.round(e * 1000) / 10));
  const rows = (backtest?.weeks ?? []).map((w) => ({ label: format.date(w.from).slice(0, 5), ...w }));

  return (
    <ChartCard
      title={t('dashboard.backtest.title')}
      subtitle={
        backtest
          ? t('dashboard.backtest.subtitle', {
              predicted: error100(backtest.predictedError),
              scheduled: error100(backtest.scheduledError),
            })
          : undefined
      }
      exportName="tahmin-gerceklesen"
      testId="backtest-chart"
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={!backtest || rows.every((r) => r.actual === 0)}
      emptyText={t('dashboard.backtest.empty')}
      height={220}
      data={
        backtest
          ? {
              header: [
                t('dashboard.forecast.period'),
                t('dashboard.backtest.actual'),
                t('dashboard.forecast.predicted'),
                t('dashboard.forecast.scheduled'),
              ],
              rows: backtest.weeks.map((w) => [
                `${format.date(w.from)} – ${format.date(w.to)}`,
                money(w.actual),
                money(w.predicted),
                money(w.scheduled),
              ]),
            }
          : null
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
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
            dataKey="actual"
            name={t('dashboard.backtest.actual')}
            fill={color('teal.3')}
            radius={[3, 3, 0, 0]}
          />
          <Line
            isAnimationActive={false}
            dataKey="predicted"
            name={t('dashboard.forecast.predicted')}
            stroke={color('vade.8')}
            strokeWidth={2}
            dot={{ r: 3 }}
          />
          <Line
            isAnimationActive={false}
            dataKey="scheduled"
            name={t('dashboard.forecast.scheduled')}
            stroke={color('gray.5')}
            strokeDasharray="4 3"
            strokeWidth={1.5}
            dot={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
