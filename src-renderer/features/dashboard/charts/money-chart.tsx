import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Currency } from '../../../../src-shared/money/currency';
import { useFormatters } from '../../../i18n/formatters';
import { useLanguage } from '../../../i18n/i18n-context';
import { compactMoney } from './money-axis';
import { legendText, useChartColor } from './use-chart-colors';

interface MoneyChartProps<Row extends { label: string }> {
  rows: Row[];
  /** An exact amount for the tooltip; the axis shows it shortened. */
  money: (minor: number) => string;
  /** The tooltip's title for a row (the label by default). */
  tooltipTitle?: (row: Row) => string;
  legend?: boolean;
  /** The bars and lines. */
  children: ReactNode;
}

/** Series drawn at once: a data screen should not wait for an animation (nor should the PNG export). */
export const STILL = { isAnimationActive: false } as const;

/** The forecast "as predicted": the same dark line wherever it is drawn. */
export const predictedLine = (name: string, stroke: string) =>
  ({ ...STILL, dataKey: 'predicted', name, stroke, strokeWidth: 2, dot: { r: 3 } }) as const;

/** The frame every money chart here shares: light grid, labels below, shortened amounts, exact tooltip. */
export function MoneyChart<Row extends { label: string }>({ rows, money, tooltipTitle, legend, children }: MoneyChartProps<Row>) {
  const language = useLanguage();
  const color = useChartColor();
  return (
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
        <Tooltip
          cursor={{ fill: color('gray.1') }}
          labelFormatter={(label, payload) => {
            const row = payload?.[0]?.payload as Row | undefined;
            return row && tooltipTitle ? tooltipTitle(row) : String(label);
          }}
          formatter={(value, name) => [money(Number(value)), String(name)]}
        />
        {legend && <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendText(color)} />}
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Exact money in the chart's currency (a chart shows one currency at a time). */
export function useMoney(currency: Currency | undefined): (minor: number) => string {
  const format = useFormatters();
  return (minor) => (currency ? format.money(minor, currency) : String(minor));
}
