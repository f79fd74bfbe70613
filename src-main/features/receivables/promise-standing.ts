import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { promiseState } from './receivable-rules';

/** A promise that still stands: what is left of it and its day. */
export interface StandingPromise {
  id: number;
  customerId: number;
  currency: Currency;
  promisedDate: string;
  remaining: number;
}

export interface BrokenPromise {
  amount: number;
  currency: Currency;
  promisedDate: string;
}

export interface PromiseStandings {
  /** Every standing promise (pending, made by today, its day today or ahead, not paid in full). */
  standing: StandingPromise[];
  /** Customers with at least one standing promise: nobody chases them until it is kept or broken. */
  customersWaiting: Set<number>;
  /** Customers whose latest promise due since `brokenSince` was broken, unless another still stands. */
  broken: Map<number, BrokenPromise>;
}

/**
 * Promises due from `brokenSince` on, with what was paid towards each (kept in `promise_paid` by the rule of
 * receivable-rules.ts, a row for every promise), read by day through the pending promises' covering index (the
 * status is the index's condition, not one of its columns: selected as a constant, no table row is read) in its
 * order, each paid amount by key: a server hashed all of `promise_paid` (26,000 rows) and sorted instead.
 */
export async function promiseStandings(
  db: Db,
  today: string,
  brokenSince: string,
  customerId?: number,
): Promise<PromiseStandings> {
  const { rows } = await sql<{
    id: number;
    customer_id: number;
    currency: string;
    amount: number;
    promised_date: string;
    made_on: string;
    status: string;
    paid: number;
  }>`
    select pr.id, pr.customer_id, pr.currency, pr.amount, pr.promised_date, pr.made_on, 'pending' as status,
      (select pp.paid from promise_paid pp where pp.promise_id = pr.id) as paid
    from promises pr
    where pr.status = 'pending' and pr.promised_date >= ${brokenSince}
      ${customerId === undefined ? sql`` : sql`and pr.customer_id = ${customerId}`}
    order by pr.promised_date, pr.id`.execute(db);
  const standing: StandingPromise[] = [];
  const latest = new Map<number, (typeof rows)[number]>();
  for (const r of rows) {
    latest.set(r.customer_id, r); // rows come by day: the last one kept is the latest
    const state = promiseState(
      { status: r.status, amount: r.amount, promisedDate: r.promised_date, paid: Number(r.paid) },
      today,
    );
    if (state === 'pending' && r.made_on <= today)
      standing.push({
        id: r.id,
        customerId: r.customer_id,
        currency: r.currency as Currency,
        promisedDate: r.promised_date,
        remaining: r.amount - Number(r.paid),
      });
  }
  const customersWaiting = new Set(standing.map((s) => s.customerId));
  const broken = new Map<number, BrokenPromise>();
  for (const [id, r] of latest)
    if (
      !customersWaiting.has(id) &&
      promiseState({ status: r.status, amount: r.amount, promisedDate: r.promised_date, paid: Number(r.paid) }, today) ===
        'broken'
    )
      broken.set(id, { amount: r.amount, currency: r.currency as Currency, promisedDate: r.promised_date });
  return { standing, customersWaiting, broken };
}
