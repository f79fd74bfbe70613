import { SegmentedControl } from '@mantine/core';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurrencyForecast, ForecastGranularity } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { compactMoney } from './money-axis';
import { legendText, useChartColor } from './use-chart-colors';

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
  const language = useLanguage();
  const format = useFormatters();
  const color = useChartColor();
  const currency = forecast?.currency;
  const periodLabel = (from: string) =>
    granularity === 'week'
      ? format.date(from).slice(0, 5)
      : new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
          month: 'short',
          year: '2-digit',
          timeZone: 'UTC',
        }).format(new Date(`${from}T00:00:00Z`));
  const rows = (forecast?.periods ?? []).map((p) => ({ label: periodLabel(p.from), ...p }));
  const money = (v: number) => (currency ? format.money(v, currency) : String(v));

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
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke={color('gray.2')} />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} interval={0} />
          <YAxis
            tickFormatter={(v: number) => compactMoney(v, language)}
            tickLine={false}
            axisLine={false}
            fontSize={12}
            width={56}
          />
          <Tooltip
            cursor={{ fill: color('gray.1') }}
            labelFormatter={(_, payload) => {
              const p = payload?.[0]?.payload as { from: string; to: string } | undefined;
              return p ? `${format.date(p.from)} – ${format.date(p.to)}` : '';
            }}
            formatter={(value, name) => [money(Number(value)), String(name)]}
          />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText(color)} />
          <Bar
            isAnimationActive={false}
            dataKey="scheduled"
            name={t('dashboard.forecast.scheduled')}
            fill={color('vade.2')}
            radius={[3, 3, 0, 0]}
          />
          <Line
            isAnimationActive={false}
            dataKey="predicted"
            name={t('dashboard.forecast.predicted')}
            stroke={color('vade.8')}
            strokeWidth={2}
            dot={{ r: 3 }}
            type="monotone"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
