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

/** A payment recorded without a method (kept under '') or with one no longer offered counts as "other". */
const asMethod = (method: string): PaymentMethod =>
  (PAYMENT_METHODS as readonly string[]).includes(method) ? (method as PaymentMethod) : 'other';

/**
 * Payments received per period and per method, per currency (never added across currencies). Read from the kept
 * sums per day, currency and method (migration 38: about 5,500 rows a year at a million invoices, in key order),
 * then put in periods here.
 */
export async function collectionsReport(db: Db, query: CollectionsReportQuery, today: string): Promise<CollectionsReport> {
  const to = query.to ?? today;
  const from = query.from ?? addMonths(monthStart(to), -11);
  const periods = collectionPeriods(from, to, query.granularity);
  const { rows } = await sql<{ date: string; currency: string; method: string; amount: number; n: number }>`
    select day as date, currency, method, amount, count as n from collections_by_method
    where day >= ${from} and day <= ${to} order by day, currency, method`.execute(db);
  // Reversed payments are few: `+date` keeps SQLite off the date index (a table read per payment of the range)
  // and on the covering one, where they sit together after kind = 'payment'.
  const reversed = await sql<{ currency: string; amount: number; n: number }>`
    select currency, sum(amount) as amount, count(*) as n from payments
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
  // Rows come in day order and the periods are back to back: the period only moves forward.
  let period = 0;
  for (const r of rows) {
    while (periods[period]!.to < r.date) period++;
    const c = of(r.currency);
    const n = Number(r.n);
    const amount = Number(r.amount);
    add(c.periods[period]!, amount, n);
    add(
      c.methods.find((m) => m.method === asMethod(r.method))!,
      amount,
      n,
    );
    add(c.total, amount, n);
  }
  for (const r of reversed.rows) add(of(r.currency).reversed, Number(r.amount), Number(r.n));
  return {
    from,
    to,
    granularity: query.granularity,
    currencies: [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
