import { sql } from 'kysely';
import { indexedBy } from '../../store/dialect/planner-hints';
import { countWhere } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { promiseStandings } from '../receivables/promise-standing';
import { paidTowardsPromise } from '../receivables/receivable-sql';

/** A promise to pay that still stood on a day: what was left of it then, and when it was due. */
export interface OpenPromise {
  customerId: number;
  currency: string;
  promisedDate: string;
  remaining: number;
}

/** Kept share a customer needs this many settled promises for; the company needs PROMISES_FOR_COMPANY. */
const PROMISES_FOR_OWN_RATE = 3;
const PROMISES_FOR_COMPANY = 10;
/** Assumed until the company has settled enough promises to learn from. */
export const DEFAULT_KEPT_RATE = 0.7;

/**
 * Promises standing on `day`, with what was left of them then. Today's are the receivables module's standing
 * promises (the calendar's); a past day's (the back-test) count the payments dated up to that day by the same rule.
 */
export async function openPromisesOn(db: Db, day: string, today: string): Promise<OpenPromise[]> {
  if (day >= today) return (await promiseStandings(db, today, today)).standing;
  // Paid up to the day: every promise read is due on it or later.
  const { rows } = await sql<{ customer_id: number; currency: string; promised_date: string; amount: number; paid: number }>`
    select pr.customer_id, pr.currency, pr.promised_date, pr.amount, ${paidTowardsPromise(sql`${day}`)} as paid
    from promises pr
    where pr.status = 'pending' and pr.made_on <= ${day} and pr.promised_date >= ${day}`.execute(db);
  return rows
    .filter((r) => Number(r.paid) < r.amount)
    .map((r) => ({
      customerId: r.customer_id,
      currency: r.currency,
      promisedDate: r.promised_date,
      remaining: r.amount - Number(r.paid),
    }));
}

/**
 * How often promises are kept, from those whose day had come before `day`: each customer's own share once they
 * have made a few, else the company's, else a cautious default.
 */
export async function promiseKeptRates(db: Db, day: string): Promise<{ of: (customerId: number) => number }> {
  // What was paid towards each promise is kept (migration 17), by the same rule as `paidTowards` up to its day; the
  // promises are read in customer order from their index (migration 35), so the grouping needs no sort.
  const { rows } = await sql<{ customer_id: number; n: number; kept: number }>`
    select pr.customer_id, count(*) as n, ${countWhere(sql`pp.paid >= pr.amount`)} as kept
    from promises pr ${indexedBy(db, 'promises_rated_by_customer')} join promise_paid pp on pp.promise_id = pr.id
    where pr.status <> 'cancelled' and pr.promised_date < ${day}
    group by pr.customer_id`.execute(db);
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  const company = total >= PROMISES_FOR_COMPANY ? rows.reduce((sum, r) => sum + Number(r.kept), 0) / total : DEFAULT_KEPT_RATE;
  const own = new Map(
    rows.filter((r) => Number(r.n) >= PROMISES_FOR_OWN_RATE).map((r) => [r.customer_id, Number(r.kept) / Number(r.n)]),
  );
  return { of: (customerId) => own.get(customerId) ?? company };
}
