import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart, previousMonth } from '../../../src-shared/dates/months';
import type { CurrencyKpis, DashboardKpis, KpiFigures } from '../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../src-shared/money/currency';
import { fieldError } from '../../core/errors';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { memoOnLedger } from './ledger-memo';
import { overdueTotals } from '../receivables/receivables-by-customer';
import { receivablesOnDays, type ReceivablesByDay } from './receivables-on-days';
import { collectedIn, dueIn, latenessIn, promisesKeptIn, salesIn } from './window-figures';

/** The DSO and the lateness and promise figures look back this many days. */
export const KPI_WINDOW_DAYS = 90;

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** The days whose receivables one set of figures needs: the day itself and both ends of the CEI month. */
const daysFor = (day: string) => {
  const cei = previousMonth(day);
  return { day, ceiOpening: addDays(cei.from, -1), ceiClosing: cei.to, cei };
};

/** The windows one set of figures reads: the last 90 days, the CEI month, the month to date and whole. */
function windowsFor(day: string) {
  return {
    recent: { from: addDays(day, -(KPI_WINDOW_DAYS - 1)), to: day },
    cei: previousMonth(day),
    monthToDate: { from: monthStart(day), to: day },
    month: { from: monthStart(day), to: monthEnd(day) },
    promises: { from: addDays(day, -KPI_WINDOW_DAYS), to: addDays(day, -1) },
  };
}

interface WindowFigures {
  sales: Map<string, number>;
  ceiSales: Map<string, number>;
  daysLate: Map<string, number>;
  promisesKept: Map<string, number>;
  collected: Map<string, number>;
  due: Map<string, number>;
}

const first = (sums: Map<string, number[]>) => new Map([...sums].map(([currency, [value]]) => [currency, value!]));

/** This month's and last month's window figures, one scan per source for both. */
async function windowFigures(db: Db, days: [string, string]): Promise<[WindowFigures, WindowFigures]> {
  const [now, then] = days.map(windowsFor) as [ReturnType<typeof windowsFor>, ReturnType<typeof windowsFor>];
  const sales = await salesIn(db, [now.recent, now.cei, then.recent, then.cei]);
  const late = await latenessIn(db, [now.recent, then.recent]);
  const collected = await collectedIn(db, [now.monthToDate, then.monthToDate]);
  const due = await dueIn(db, [now.month, then.month]);
  const lateness = (sums: Map<string, number[]>) =>
    new Map(
      [...sums].filter(([, [, amount]]) => amount! > 0).map(([currency, [weighted, amount]]) => [currency, weighted! / amount!]),
    );
  const build = (k: 0 | 1, w: ReturnType<typeof windowsFor>) => async (): Promise<WindowFigures> => ({
    sales: first(sales[2 * k]!),
    ceiSales: first(sales[2 * k + 1]!),
    daysLate: lateness(late[k]!),
    promisesKept: await promisesKeptIn(db, w.promises),
    collected: first(collected[k]!),
    due: first(due[k]!),
  });
  return [await build(0, now)(), await build(1, then)()];
}

function figuresFor(currency: string, day: string, receivables: ReceivablesByDay, w: WindowFigures): KpiFigures {
  const { ceiOpening, ceiClosing } = daysFor(day);
  const on = (d: string) => receivables.get(d)?.get(currency) ?? { open: 0, current: 0 };
  const now = on(day);
  const overdue = now.open - now.current;
  const sales = w.sales.get(currency) ?? 0;

  const opening = on(ceiOpening).open;
  const closing = on(ceiClosing);
  const ceiSales = w.ceiSales.get(currency) ?? 0;
  const cei = ratio(opening + ceiSales - closing.open, opening + ceiSales - closing.current);

  return {
    receivables: now.open,
    overdue,
    overdueShare: round(ratio(overdue, now.open), 4),
    dso: round(sales > 0 ? (now.open * KPI_WINDOW_DAYS) / sales : null, 1),
    cei: round(cei === null ? null : cei * 100, 1),
    avgDaysLate: round(w.daysLate.get(currency) ?? null, 1),
    promisesKeptRate: round(w.promisesKept.get(currency) ?? null, 4),
    collectedInMonth: w.collected.get(currency) ?? 0,
    dueInMonth: w.due.get(currency) ?? 0,
  };
}

/** The tiles' figures per currency on a day and a month earlier (`today`: the day disputes are known on). */
export async function dashboardKpis(db: Db, asOf: string, today = asOf): Promise<DashboardKpis> {
  const previousAsOf = addMonths(asOf, -1);
  const current = daysFor(asOf);
  const previous = daysFor(previousAsOf);
  const receivables = await receivablesOnDays(db, [
    ...new Set([current.day, current.ceiOpening, current.ceiClosing, previous.day, previous.ceiOpening, previous.ceiClosing]),
  ]);
  const [nowWindow, thenWindow] = await windowFigures(db, [asOf, previousAsOf]);
  const overdueNow = asOf >= today ? await overdueTotals(db, asOf) : null;

  const currencies = new Set<string>();
  for (const byCurrency of receivables.values()) for (const c of byCurrency.keys()) currencies.add(c);
  for (const w of [nowWindow, thenWindow])
    for (const map of [w.sales, w.collected, w.due]) for (const [c, amount] of map) if (amount !== 0) currencies.add(c);

  const rows: CurrencyKpis[] = [...currencies].sort().map((currency) => ({
    currency: currency as Currency,
    current: figuresFor(currency, asOf, receivables, nowWindow),
    previous: figuresFor(currency, previousAsOf, receivables, thenWindow),
    overdueDisputed: overdueNow ? (overdueNow.get(currency)?.disputed ?? 0) : null,
  }));
  return { asOf, previousAsOf, ceiMonth: current.cei, currencies: rows };
}

export const dashboardKpisHandler: Handler<'dashboard/kpis'> = async ({ asOf }, ctx) => {
  const today = todayLocal(ctx.now());
  if (asOf && asOf > today) throw fieldError(await ctx.language(), 'validation', ['asOf'], 'validation.notInFuture');
  const day = asOf ?? today;
  return memoOnLedger(ctx.db, `kpis|${day}|${today}`, () => dashboardKpis(ctx.db, day, today));
};
