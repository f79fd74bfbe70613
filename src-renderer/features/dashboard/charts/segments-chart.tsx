import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SegmentExposure } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { compactMoney } from './money-axis';
import { legendText, useChartColor } from './use-chart-colors';

type Segments = SegmentExposure['currencies'][number];

interface SegmentsChartProps {
  exposure: Segments | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** What each risk segment owes, the overdue part stacked under what is not due yet. */
export function SegmentsChart({ exposure, loading, error, onRetry }: SegmentsChartProps) {
  const t = useT();
  const language = useLanguage();
  const format = useFormatters();
  const color = useChartColor();
  const currency = exposure?.currency;
  const money = (v: number) => (currency ? format.money(v, currency) : String(v));
  const rows = (exposure?.segments ?? []).map((s) => ({ ...s, label: s.segment, notDue: s.open - s.overdue }));

  return (
    <ChartCard
      title={t('dashboard.segments.title')}
      subtitle={t('dashboard.segments.subtitle')}
      exportName="risk-segmentleri"
      testId="segments-chart"
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={rows.every((r) => r.open === 0)}
      emptyText={t('dashboard.aging.empty')}
      height={220}
      data={{
        header: [
          t('dashboard.segments.segment'),
          t('dashboard.segments.customers'),
          t('dashboard.kpi.overdue'),
          t('dashboard.segments.open'),
        ],
        rows: rows.map((r) => [r.segment, format.number(r.customers), money(r.overdue), money(r.open)]),
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
          <Bar isAnimationActive={false} stackId="s" dataKey="overdue" name={t('dashboard.kpi.overdue')} fill={color('red.6')} />
          <Bar
            isAnimationActive={false}
            stackId="s"
            dataKey="notDue"
            name={t('dashboard.segments.notDue')}
            fill={color('vade.2')}
            radius={[3, 3, 0, 0]}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
