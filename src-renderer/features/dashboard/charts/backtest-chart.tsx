import { Bar, Line } from 'recharts';
import type { CurrencyBacktest } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { MoneyChart, predictedLine, STILL, useMoney } from './money-chart';
import { useChartColor } from './use-chart-colors';

interface BacktestChartProps {
  backtest: CurrencyBacktest | undefined;
  loading: boolean;
  /** The day's back-test is still being made (on a worker thread); an event brings it. */
  preparing: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The forecast made eight weeks ago against what came in since: how far to trust the one above. */
export function BacktestChart({ backtest, loading, preparing, error, onRetry }: BacktestChartProps) {
  const t = useT();
  const format = useFormatters();
  const color = useChartColor();
  const currency = backtest?.currency;
  const money = useMoney(currency);
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
      preparing={preparing ? t('dashboard.backtest.preparing') : undefined}
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
      <MoneyChart rows={rows} money={money} legend>
        <Bar {...STILL} dataKey="actual" name={t('dashboard.backtest.actual')} fill={color('teal.3')} radius={[3, 3, 0, 0]} />
        <Line {...predictedLine(t('dashboard.forecast.predicted'), color('vade.8'))} />
        <Line
          {...STILL}
          dataKey="scheduled"
          name={t('dashboard.forecast.scheduled')}
          stroke={color('gray.5')}
          strokeDasharray="4 3"
          strokeWidth={1.5}
          dot={false}
        />
      </MoneyChart>
    </ChartCard>
  );
}
