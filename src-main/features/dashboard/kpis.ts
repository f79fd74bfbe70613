import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart, previousMonth } from '../../../src-shared/dates/months';
import type { CurrencyKpis, DashboardKpis, KpiFigures } from '../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../src-shared/money/currency';
import { fieldError } from '../../core/errors';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { receivablesOnDays, type ReceivablesByDay } from './receivables-on-days';
import { collectedBetween, daysLateBetween, dueBetween, promisesKeptBetween, salesBetween } from './window-figures';

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

type WindowFigures = Awaited<ReturnType<typeof windowFigures>>;

async function windowFigures(db: Db, day: string) {
  const since = addDays(day, -(KPI_WINDOW_DAYS - 1));
  const { cei } = daysFor(day);
  return {
    sales: await salesBetween(db, since, day),
    ceiSales: await salesBetween(db, cei.from, cei.to),
    daysLate: await daysLateBetween(db, since, day),
    promisesKept: await promisesKeptBetween(db, since, addDays(day, -1)),
    collected: await collectedBetween(db, monthStart(day), day),
    due: await dueBetween(db, monthStart(day), monthEnd(day)),
  };
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

/** The tiles' figures per currency on a day and a month earlier. */
export async function dashboardKpis(db: Db, asOf: string): Promise<DashboardKpis> {
  const previousAsOf = addMonths(asOf, -1);
  const current = daysFor(asOf);
  const previous = daysFor(previousAsOf);
  const receivables = await receivablesOnDays(db, [
    ...new Set([current.day, current.ceiOpening, current.ceiClosing, previous.day, previous.ceiOpening, previous.ceiClosing]),
  ]);
  const nowWindow = await windowFigures(db, asOf);
  const thenWindow = await windowFigures(db, previousAsOf);

  const currencies = new Set<string>();
  for (const byCurrency of receivables.values()) for (const c of byCurrency.keys()) currencies.add(c);
  for (const w of [nowWindow, thenWindow])
    for (const map of [w.sales, w.collected, w.due]) for (const c of map.keys()) currencies.add(c);

  const rows: CurrencyKpis[] = [...currencies].sort().map((currency) => ({
    currency: currency as Currency,
    current: figuresFor(currency, asOf, receivables, nowWindow),
    previous: figuresFor(currency, previousAsOf, receivables, thenWindow),
  }));
  return { asOf, previousAsOf, ceiMonth: current.cei, currencies: rows };
}

export const dashboardKpisHandler: Handler<'dashboard/kpis'> = async ({ asOf }, ctx) => {
  const today = todayLocal(ctx.now());
  if (asOf && asOf > today) throw fieldError(await ctx.language(), 'validation', ['asOf'], 'validation.notInFuture');
  return dashboardKpis(ctx.db, asOf ?? today);
};
