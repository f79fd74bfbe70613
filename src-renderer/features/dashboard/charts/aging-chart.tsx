import { Bar, Cell } from 'recharts';
import type { AgingFigures } from '../../../../src-shared/domain/reports/types';
import { useT } from '../../../i18n/i18n-context';
import { agingColor, agingLabels } from '../../customers/card/ledger/aging-labels';
import { ChartCard } from './chart-card';
import { MoneyChart, STILL, useMoney } from './money-chart';
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
  const color = useChartColor();
  const labels = agingLabels(bounds, t);
  const rows = (figures?.buckets ?? []).map((amount, i) => ({ bucket: i, label: labels[i]!, amount }));
  const currency = figures?.currency;
  const money = useMoney(currency);

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
              rows: rows.map((r) => [r.label, money(r.amount)]),
            }
          : null
      }
    >
      <MoneyChart rows={rows} money={money}>
        <Bar
          {...STILL}
          dataKey="amount"
          name={t('dashboard.amount')}
          radius={[4, 4, 0, 0]}
          cursor="pointer"
          onClick={(_, index) => onOpenBucket(index)}
        >
          {rows.map((r) => (
            <Cell key={r.bucket} fill={color(agingColor(r.bucket, rows.length))} />
          ))}
        </Bar>
      </MoneyChart>
    </ChartCard>
  );
}
