import { Bar } from 'recharts';
import type { SegmentExposure } from '../../../../src-shared/domain/dashboard/types';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { ChartCard } from './chart-card';
import { MoneyChart, STILL, useMoney } from './money-chart';
import { useChartColor } from './use-chart-colors';

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
  const format = useFormatters();
  const color = useChartColor();
  const currency = exposure?.currency;
  const money = useMoney(currency);
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
      <MoneyChart rows={rows} money={money} legend>
        <Bar {...STILL} stackId="s" dataKey="overdue" name={t('dashboard.kpi.overdue')} fill={color('red.6')} />
        <Bar
          {...STILL}
          stackId="s"
          dataKey="notDue"
          name={t('dashboard.segments.notDue')}
          fill={color('vade.2')}
          radius={[3, 3, 0, 0]}
        />
      </MoneyChart>
    </ChartCard>
  );
}
