import { sql } from 'kysely';
import type { Db } from '../../store/schema';

type ByCurrency<T> = Map<string, T>;

const byCurrency = <R extends { currency: string }, T>(rows: R[], pick: (r: R) => T): ByCurrency<T> =>
  new Map(rows.map((r) => [r.currency, pick(r)]));

/** Invoice totals issued from `from` to `to`, per currency (a covering index: no table reads). */
export async function salesBetween(db: Db, from: string, to: string): Promise<ByCurrency<number>> {
  const { rows } = await sql<{ currency: string; amount: number }>`
    select currency, sum(total) as amount from invoices where issue_date >= ${from} and issue_date <= ${to}
    group by currency`.execute(db);
  return byCurrency(rows, (r) => Number(r.amount));
}

/** Invoice totals falling due from `from` to `to`, per currency. */
export async function dueBetween(db: Db, from: string, to: string): Promise<ByCurrency<number>> {
  const { rows } = await sql<{ currency: string; amount: number }>`
    select currency, sum(total) as amount from invoices where due_date >= ${from} and due_date <= ${to}
    group by currency`.execute(db);
  return byCurrency(rows, (r) => Number(r.amount));
}

/** Live payments (not credit notes) dated from `from` to `to`, per currency. */
export async function collectedBetween(db: Db, from: string, to: string): Promise<ByCurrency<number>> {
  const { rows } = await sql<{ currency: string; amount: number }>`
    select currency, sum(amount) as amount from payments
    where date >= ${from} and date <= ${to} and kind = 'payment' and reversed_at is null
    group by currency`.execute(db);
  return byCurrency(rows, (r) => Number(r.amount));
}

/** Amount-weighted days paid after the due date, over invoices fully paid from `from` to `to`. */
export async function daysLateBetween(db: Db, from: string, to: string): Promise<ByCurrency<number>> {
  const { rows } = await sql<{ currency: string; weighted: number; amount: number }>`
    select currency, sum(max(0, julianday(paid_date) - julianday(due_date)) * total) as weighted, sum(total) as amount
    from invoices where paid_date >= ${from} and paid_date <= ${to}
    group by currency`.execute(db);
  return byCurrency(rows, (r) => Number(r.weighted) / Number(r.amount));
}

/**
 * Share of promises falling due from `from` to `to` (not cancelled) that were kept: live payments of the
 * customer in that currency from the day it was made to the promised day reached the promised amount —
 * the same rule as the promises themselves.
 */
export async function promisesKeptBetween(db: Db, from: string, to: string): Promise<ByCurrency<number>> {
  const { rows } = await sql<{ currency: string; kept: number; n: number }>`
    select currency, sum(paid >= amount) as kept, count(*) as n from (
      select pr.currency, pr.amount,
             coalesce((select sum(p.amount) from payments p where p.customer_id = pr.customer_id and p.currency = pr.currency
               and p.kind = 'payment' and p.reversed_at is null and p.date >= pr.made_on and p.date <= pr.promised_date), 0) as paid
      from promises pr
      where pr.status <> 'cancelled' and pr.promised_date >= ${from} and pr.promised_date <= ${to}
    ) group by currency`.execute(db);
  return byCurrency(rows, (r) => Number(r.kept) / Number(r.n));
}
