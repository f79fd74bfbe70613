import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type {
  CashForecast,
  CurrencyBacktest,
  CurrencyForecast,
  ForecastBacktest,
  ForecastGranularity,
} from '../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { stuckShare } from './stuck-share';
import { dayNumberCache } from './day-number';
import { memoOnLedger } from './ledger-memo';
import {
  companyLateness,
  expectedReceipt,
  overdueSpread,
  segmentLateness,
  spread,
  type ExpectedReceipt,
  type Lateness,
} from './forecast-model';
import { keptLateness, type UsualLateness } from './kept-lateness';
import { chequeHonourRate, liveChequeMaturities } from './cheque-maturities';
import { bandIn, openAmountsOn, type OverdueSum } from './open-amounts';
import { planAmounts } from './plan-instalments';
import { forecastPeriods, periodIndex, type Period } from './forecast-periods';
import { latenessBefore, openItemsOn, type OpenItem } from './open-items-on';
import { openPromisesOn, promiseKeptRates } from './promised-receipts';
import { sql } from 'kysely';
import { promisedCover } from '../receivables/receivable-rules';

/** One customer's account in one currency. */
const accountKey = (customerId: number, currency: string) => `${customerId}|${currency}`;
const addTo = (map: Map<string, number>, key: string, amount: number) => map.set(key, (map.get(key) ?? 0) + amount);

/** An amount of one customer in one currency (`coming`: what of it is still expected, when overdue). */
interface AccountAmount {
  customerId: number;
  currency: string;
  open: number;
}

/**
 * Promises to pay that stand on the day are expected on the promised day for what is left of them — in full as
 * scheduled (as the calendar shows them), times how often that customer (or the company) keeps promises as
 * predicted — and take over the customer's overdue amount in that currency they cover (`promisedCover`): that
 * share of it is left out of its own expectation (`coveredShare`), so nothing is counted twice.
 */
async function promisedShares(
  db: Db,
  asOf: string,
  today: string,
  overdueOf: (customerIds: number[]) => Promise<AccountAmount[]>,
) {
  const [promises, rates] = await Promise.all([openPromisesOn(db, asOf, today), promiseKeptRates(db, asOf)]);
  if (promises.length === 0) return { coveredShare: new Map<string, number>(), receipts: [] };
  const overdue = new Map<string, number>();
  for (const item of await overdueOf([...new Set(promises.map((p) => p.customerId))]))
    addTo(overdue, accountKey(item.customerId, item.currency), item.open);
  const promisedTotal = new Map<string, number>();
  for (const p of promises) addTo(promisedTotal, accountKey(p.customerId, p.currency), p.remaining);
  const coveredShare = new Map<string, number>();
  for (const [key, total] of promisedTotal) {
    const owed = overdue.get(key) ?? 0;
    const covered = promisedCover(total, owed);
    if (covered > 0) coveredShare.set(key, covered / owed);
  }
  const receipts = promises.map((p) => ({
    currency: p.currency,
    promisedDate: p.promisedDate,
    amount: p.remaining,
    keptRate: rates.of(p.customerId),
  }));
  return { coveredShare, receipts };
}

interface Receipts {
  byCurrency: Map<string, ExpectedReceipt[]>;
  dayOf: (date: string) => number;
}

/**
 * What is expected, receipt by receipt: open invoice amounts (grouped by due date and lateness band), payment
 * plans' instalments in place of the invoices they cover, cheques and notes at maturity, and promises in place
 * of the overdue amounts they cover. Plans and cheques keep only their present state: a forecast as of a past
 * day (the back-test, measured against allocations) is made from invoices and promises alone.
 */
async function expectedReceipts(db: Db, asOf: string, today: string, openThen?: OpenItem[]): Promise<Receipts> {
  const forToday = asOf >= today;
  // Today: the kept habits and segments, read per customer only for those asked about. A back-test's day has no
  // stored segments of its own, so there the company's lateness stands in for customers with too little history.
  const history = forToday ? new Map<number, Lateness>() : await latenessBefore(db, asOf, today);
  const open = await openAmountsOn(db, asOf, today, history, openThen);
  // Reads that do not wait for one another start together: on a server each is a round trip (and a plan) of its
  // own, and the pool runs them side by side; SQLite runs them one after another as before.
  const [usual, stuck, plans, unbanded, honoured, cheques] = await Promise.all([
    forToday ? keptLateness(db) : pastLateness(history),
    open.overdueTotals().then((totals) => stuckShare(db, asOf, today, totals)),
    // Customer amounts beside the kept ones: instalments of live plans, and what those plans take out of invoices.
    forToday ? planAmounts(db) : { covered: [], instalments: [] },
    open.unbandedCustomers(),
    forToday ? chequeHonourRate(db) : 1,
    forToday ? liveChequeMaturities(db) : [],
  ]);
  const { lateOf, lateOfCustomer } = usual;
  const dayOf = dayNumberCache();
  const asOfDay = dayOf(asOf);

  const byCurrency = new Map<string, ExpectedReceipt[]>();
  const add = (currency: string, receipt: ExpectedReceipt) => {
    let list = byCurrency.get(currency);
    if (!list) byCurrency.set(currency, (list = []));
    list.push(receipt);
  };
  const addOverdue = (s: OverdueSum, times = 1) =>
    add(s.currency, {
      scheduledOn: null,
      scheduled: s.open * times,
      predicted: s.coming * times,
      expectedFrom: asOfDay,
      meanDelay: overdueSpread(s.late),
    });
  const addCustomer = (c: AccountAmount & { dueDate: string }, times = 1) =>
    add(c.currency, expectedReceipt(c.open * times, dayOf(c.dueDate), asOfDay, lateOfCustomer(c.customerId), stuck));

  const extra = [...plans.instalments, ...plans.covered.map((c) => ({ ...c, open: -c.open }))];
  await usual.load([...extra.map((e) => e.customerId), ...unbanded]);
  const overdueExtra = (customerIds: Set<number>) => extra.filter((e) => e.dueDate < asOf && customerIds.has(e.customerId));
  const promisedOverdue: OverdueSum[] = [];
  // The open amounts ask only about customers loaded above; the promises' customers are loaded meanwhile.
  const [promised, { future, overdue }] = await Promise.all([
    promisedShares(db, asOf, today, async (customerIds) => {
      await usual.load(customerIds);
      promisedOverdue.push(...(await open.overdueOf(customerIds, stuck, lateOfCustomer)));
      return [...promisedOverdue, ...overdueExtra(new Set(customerIds))];
    }),
    open.expected(stuck, lateOf),
  ]);
  const coveredShare = (c: AccountAmount) => promised.coveredShare.get(accountKey(c.customerId, c.currency)) ?? 0;

  for (const f of future) add(f.currency, expectedReceipt(f.open, dayOf(f.dueDate), asOfDay, f.late, stuck));
  for (const s of overdue) addOverdue(s);
  for (const e of extra) addCustomer(e);
  // The part of an overdue amount a promise covers is expected on the promise's day instead.
  for (const s of promisedOverdue) if (coveredShare(s) > 0) addOverdue(s, -coveredShare(s));
  for (const e of overdueExtra(new Set(promisedOverdue.map((s) => s.customerId))))
    if (coveredShare(e) > 0) addCustomer(e, -coveredShare(e));
  for (const p of promised.receipts) {
    const day = dayOf(p.promisedDate);
    add(p.currency, { scheduledOn: day, scheduled: p.amount, predicted: p.amount * p.keptRate, expectedFrom: day, meanDelay: 0 });
  }
  for (const c of cheques) {
    // A cheque past maturity and not yet marked collected is with the bank: expected now.
    const day = Math.max(dayOf(c.dueDate), asOfDay);
    add(c.currency, { scheduledOn: day, scheduled: c.amount, predicted: c.amount * honoured, expectedFrom: day, meanDelay: 0 });
  }
  return { byCurrency, dayOf };
}

/** A past day's lateness from the habits rebuilt for it: every customer's own band, else the company's. */
function pastLateness(history: Map<number, Lateness>): UsualLateness {
  const fallback = companyLateness(history);
  const bySegment = segmentLateness(history, new Map());
  const lateOf = (band: number) => (band >= 0 ? band : (bySegment.get('B') ?? fallback));
  return {
    lateOf,
    lateOfCustomer: (customerId) => lateOf(bandIn(history, customerId)),
    load: async () => {},
  };
}

/** Sums receipts into periods per currency; predicted shares are rounded once, per period. */
function intoPeriods({ byCurrency, dayOf }: Receipts, periods: Period[]): CurrencyForecast[] {
  // Periods are back to back: period i runs from starts[i] up to the day before starts[i + 1].
  const starts = [...periods.map((p) => dayOf(p.from)), dayOf(periods.at(-1)!.to) + 1];
  const slotOf = (day: number) => {
    const i = starts.findIndex((start, k) => k > 0 && day < start);
    return i === -1 ? periods.length : i - 1;
  };
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, receipts]) => {
      let overdue = 0;
      const scheduled = Array<number>(periods.length + 1).fill(0); // the last slot is "later"
      const predicted = Array<number>(periods.length + 1).fill(0);
      for (const r of receipts) {
        if (r.scheduledOn === null) overdue += r.scheduled;
        else scheduled[slotOf(r.scheduledOn)]! += r.scheduled;
        spread(r, starts, predicted);
      }
      return {
        currency: currency as Currency,
        overdue: Math.round(overdue),
        periods: periods.map((p, i) => ({ ...p, scheduled: Math.round(scheduled[i]!), predicted: Math.round(predicted[i]!) })),
        later: { scheduled: Math.round(scheduled[periods.length]!), predicted: Math.round(predicted[periods.length]!) },
      };
    });
}

export async function cashForecast(
  db: Db,
  asOf: string,
  today: string,
  granularity: ForecastGranularity,
  count: number,
): Promise<CashForecast> {
  const periods = forecastPeriods(asOf, granularity, count);
  return { asOf, granularity, currencies: intoPeriods(await expectedReceipts(db, asOf, today), periods) };
}

/** Wrong by how much, as a share of what came in: Σ|forecast − actual| ÷ Σ actual. */
const errorOf = (forecast: number[], actual: number[]): number | null => {
  const total = actual.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const miss = forecast.reduce((sum, f, i) => sum + Math.abs(f - actual[i]!), 0);
  return Math.round((miss / total) * 1000) / 1000;
};

/**
 * The forecast as it would have been made `weeks` weeks ago, week by week against what was then actually
 * allocated to the invoices open that day (new invoices since are in neither).
 */
export async function backtestForecast(db: Db, today: string, weeks: number): Promise<ForecastBacktest> {
  const madeOn = addDays(today, -7 * weeks);
  const periods = forecastPeriods(madeOn, 'week', weeks);
  const openThen = await openItemsOn(db, madeOn, today);
  const currencyOf = new Map(openThen.map((i) => [i.invoiceId, i.currency]));
  const forecast = intoPeriods(await expectedReceipts(db, madeOn, today, openThen), periods);

  const { rows } = await sql<{ invoice_id: number; date: string; amount: number }>`
    select invoice_id, date, amount from allocations
    where date > ${madeOn} and date <= ${periods.at(-1)!.to} and reversed_at is null`.execute(db);
  const actual = new Map<string, number[]>();
  for (const r of rows) {
    const currency = currencyOf.get(r.invoice_id);
    const i = periodIndex(periods, r.date);
    if (currency === undefined || i < 0 || i >= periods.length) continue;
    const list = actual.get(currency) ?? Array<number>(periods.length).fill(0);
    list[i]! += r.amount;
    actual.set(currency, list);
  }

  const currencies: CurrencyBacktest[] = forecast.map((f) => {
    const came = actual.get(f.currency) ?? Array<number>(periods.length).fill(0);
    return {
      currency: f.currency,
      weeks: f.periods.map((p, i) => ({ ...p, actual: came[i]! })),
      scheduledError: errorOf(
        f.periods.map((p) => p.scheduled),
        came,
      ),
      predictedError: errorOf(
        f.periods.map((p) => p.predicted),
        came,
      ),
    };
  });
  return { madeOn, currencies };
}

export const forecastHandler: Handler<'dashboard/forecast'> = ({ granularity, periods }, ctx) => {
  const today = todayLocal(ctx.now());
  const count = periods ?? (granularity === 'week' ? 13 : 12);
  return memoOnLedger(ctx.db, `forecast|${today}|${granularity}|${count}`, () =>
    cashForecast(ctx.db, today, today, granularity, count),
  );
};
