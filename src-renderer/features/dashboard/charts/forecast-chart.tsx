import { SegmentedControl } from '@mantine/core';
import { Bar, Line } from 'recharts';
import type { CurrencyForecast, ForecastGranularity } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { MoneyChart, predictedLine, STILL, useMoney } from './money-chart';
import { useChartColor } from './use-chart-colors';

interface ForecastChartProps {
  forecast: CurrencyForecast | undefined;
  granularity: ForecastGranularity;
  onGranularity: (g: ForecastGranularity) => void;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Expected collections per week or month: as scheduled (bars) and as predicted from habits (line). */
export function ForecastChart({ forecast, granularity, onGranularity, loading, error, onRetry }: ForecastChartProps) {
  const t = useT();
  const { locale } = useI18n();
  const format = useFormatters();
  const color = useChartColor();
  const currency = forecast?.currency;
  const periodLabel = (from: string) =>
    granularity === 'week'
      ? format.date(from).slice(0, 5)
      : new Intl.DateTimeFormat(locale, {
          month: 'short',
          year: '2-digit',
          timeZone: 'UTC',
        }).format(new Date(`${from}T00:00:00Z`));
  const rows = (forecast?.periods ?? []).map((p) => ({ label: periodLabel(p.from), ...p }));
  const money = useMoney(currency);

  return (
    <ChartCard
      title={t('dashboard.forecast.title')}
      subtitle={forecast ? t('dashboard.forecast.subtitle', { overdue: money(forecast.overdue) }) : undefined}
      controls={
        <SegmentedControl
          size="xs"
          value={granularity}
          onChange={(v) => onGranularity(v as ForecastGranularity)}
          data={[
            { value: 'week', label: t('dashboard.forecast.weeks') },
            { value: 'month', label: t('dashboard.forecast.months') },
          ]}
        />
      }
      exportName={granularity === 'week' ? 'tahsilat-tahmini-haftalik' : 'tahsilat-tahmini-aylik'}
      testId="forecast-chart"
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={!forecast || rows.every((r) => r.scheduled === 0 && r.predicted === 0)}
      emptyText={t('dashboard.forecast.empty')}
      height={280}
      data={
        forecast
          ? {
              header: [t('dashboard.forecast.period'), t('dashboard.forecast.scheduled'), t('dashboard.forecast.predicted')],
              rows: forecast.periods.map((p) => [
                `${format.date(p.from)} – ${format.date(p.to)}`,
                money(p.scheduled),
                money(p.predicted),
              ]),
            }
          : null
      }
    >
      <MoneyChart rows={rows} money={money} legend tooltipTitle={(p) => `${format.date(p.from)} – ${format.date(p.to)}`}>
        <Bar
          {...STILL}
          dataKey="scheduled"
          name={t('dashboard.forecast.scheduled')}
          fill={color('vade.2')}
          radius={[3, 3, 0, 0]}
        />
        <Line {...predictedLine(t('dashboard.forecast.predicted'), color('vade.8'))} type="monotone" />
      </MoneyChart>
    </ChartCard>
  );
}
