import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgingFigures } from '../../../../src-shared/domain/reports/types';
import { useFormatters } from '../../../i18n/formatters';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { agingColor, agingLabels } from '../../customers/card/ledger/aging-labels';
import { ChartCard } from './chart-card';
import { compactMoney } from './money-axis';
import { useChartColor } from './use-chart-colors';

interface AgingChartProps {
  figures: AgingFigures | undefined;
  bounds: number[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Opens the invoices of one bucket. */
  onOpenBucket: (bucket: number) => void;
}

/** Open amounts by days overdue, one bar per bucket, warmer the older; a click lists the bucket's invoices. */
export function AgingChart({ figures, bounds, loading, error, onRetry, onOpenBucket }: AgingChartProps) {
  const t = useT();
  const language = useLanguage();
  const format = useFormatters();
  const color = useChartColor();
  const labels = agingLabels(bounds, t);
  const rows = (figures?.buckets ?? []).map((amount, i) => ({ bucket: i, label: labels[i]!, amount }));
  const currency = figures?.currency;

  return (
    <ChartCard
      title={t('dashboard.aging.title')}
      subtitle={t('dashboard.aging.subtitle')}
      exportName="yaslandirma"
      testId="aging-chart"
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={!figures || rows.every((r) => r.amount === 0)}
      emptyText={t('dashboard.aging.empty')}
      data={
        currency
          ? {
              header: [t('dashboard.aging.bucket'), t('dashboard.amount')],
              rows: rows.map((r) => [r.label, format.money(r.amount, currency)]),
            }
          : null
      }
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
          <Tooltip
            cursor={{ fill: color('gray.1') }}
            formatter={(value) => [currency ? format.money(Number(value), currency) : String(value), t('dashboard.amount')]}
          />
          <Bar
            dataKey="amount"
            isAnimationActive={false}
            radius={[4, 4, 0, 0]}
            cursor="pointer"
            onClick={(_, index) => onOpenBucket(index)}
          >
            {rows.map((r) => (
              <Cell key={r.bucket} fill={color(agingColor(r.bucket, rows.length))} data-testid="aging-chart-bar" />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
