import { sql } from 'kysely';
import { addDays, daysBetween } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart } from '../../../src-shared/dates/months';
import { PAYMENT_METHODS } from '../../../src-shared/domain/payments/schemas';
import type { PaymentMethod } from '../../../src-shared/domain/payments/types';
import type { CollectionsReportQuery } from '../../../src-shared/domain/reports/schemas';
import type { CollectionsGranularity, CollectionsReport, CurrencyCollections } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import { unindexed } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';

type Period = { from: string; to: string };

/** Monday of the week `day` is in (2024-01-01 was a Monday). */
const weekStart = (day: string): string => addDays(day, -(((daysBetween('2024-01-01', day) % 7) + 7) % 7));

/** The calendar months or Monday weeks that cover the range, the first and last cut to it. */
export function collectionPeriods(from: string, to: string, granularity: CollectionsGranularity): Period[] {
  const periods: Period[] = [];
  let start = granularity === 'month' ? monthStart(from) : weekStart(from);
  while (start <= to) {
    const next = granularity === 'month' ? addMonths(start, 1) : addDays(start, 7);
    const end = granularity === 'month' ? monthEnd(start) : addDays(start, 6);
    periods.push({ from: start < from ? from : start, to: end > to ? to : end });
    start = next;
  }
  return periods;
}

/** The period a day of the range falls in: periods are back to back, so a binary search on their last days. */
function periodOf(periods: readonly Period[], day: string): number {
  let low = 0;
  let high = periods.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (periods[middle]!.to < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A payment recorded without a method (kept under '') or with one no longer offered counts as "other". */
const asMethod = (method: string): PaymentMethod =>
  (PAYMENT_METHODS as readonly string[]).includes(method) ? (method as PaymentMethod) : 'other';

/**
 * Payments received per period and per method, per currency (never added across currencies). Summed from the kept
 * sums per day, currency and method (migration 38: about 5,500 rows a year at a million invoices), then put in
 * periods here.
 */
export async function collectionsReport(db: Db, query: CollectionsReportQuery, today: string): Promise<CollectionsReport> {
  const to = query.to ?? today;
  const from = query.from ?? addMonths(monthStart(to), -11);
  const periods = collectionPeriods(from, to, query.granularity);
  // One round trip over the kept sums of the range (key order: day, currency, method): per day and currency for the
  // periods, per method and currency for the methods (a few hundred rows a year, not one per day and method), then
  // the reversed payments per currency. Those are few: `+date` keeps SQLite off the date index (a table read per
  // payment of the range) and on the covering one, where they sit together after kind = 'payment'.
  const { rows } = await sql<{ part: 'day' | 'method' | 'reversed'; key: string; currency: string; amount: number; n: number }>`
    select 'day' as part, day as key, currency, sum(amount) as amount, sum(count) as n from collections_by_method
    where day >= ${from} and day <= ${to} group by day, currency
    union all
    select 'method', method, currency, sum(amount), sum(count) from collections_by_method
    where day >= ${from} and day <= ${to} group by method, currency
    union all
    select 'reversed', '', currency, sum(amount), count(*) from payments
    where ${unindexed(db, 'date')} >= ${from} and ${unindexed(db, 'date')} <= ${to} and kind = 'payment' and reversed_at is not null
    group by currency`.execute(db);

  const byCurrency = new Map<string, CurrencyCollections>();
  const of = (currency: string): CurrencyCollections => {
    let found = byCurrency.get(currency);
    if (!found) {
      found = {
        currency: currency as Currency,
        periods: periods.map((p) => ({ ...p, amount: 0, count: 0 })),
        methods: PAYMENT_METHODS.map((method) => ({ method, amount: 0, count: 0 })),
        total: { amount: 0, count: 0 },
        reversed: { amount: 0, count: 0 },
      };
      byCurrency.set(currency, found);
    }
    return found;
  };
  const add = (target: { amount: number; count: number }, amount: number, count: number) => {
    target.amount += amount;
    target.count += count;
  };
  for (const r of rows) {
    const c = of(r.currency);
    const n = Number(r.n);
    const amount = Number(r.amount);
    if (r.part === 'day') {
      add(c.periods[periodOf(periods, r.key)]!, amount, n);
      add(c.total, amount, n);
    } else if (r.part === 'method')
      add(
        c.methods.find((m) => m.method === asMethod(r.key))!,
        amount,
        n,
      );
    else add(c.reversed, amount, n);
  }
  return {
    from,
    to,
    granularity: query.granularity,
    currencies: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
