/**
 * The SQL twins of `receivable-rules.ts`, as fragments the fast paths put into their own queries (so each keeps
 * its index). Aliases are the caller's: `i` an invoice, `pr` a promise.
 */
import { sql, type RawBuilder } from 'kysely';
import { isPostgres } from '../../store/dialect/kind';
import { least } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { CHASE_FREE_PLAN_STATUSES, LIVE_PLAN_STATUSES } from './receivable-rules';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));

export const livePlanStatuses = sql`(${list(LIVE_PLAN_STATUSES)})`;
export const chaseFreePlanStatuses = sql`(${list(CHASE_FREE_PLAN_STATUSES)})`;

/** What live plans cover of each invoice they cover, summed (a few thousand rows at most: the plans' own). */
export const livePlanCover = sql`select pi.invoice_id, cast(sum(pi.amount) as bigint) as covered
  from plan_invoices pi join payment_plans p on p.id = pi.plan_id
  where p.status in ${livePlanStatuses} group by pi.invoice_id`;

/**
 * What live plans cover of an invoice (up to what is open of it): expected through their instalments. Most invoices
 * were never in a plan: a probe says so before anything is summed (on SQLite through the plans' invoice index; on
 * PostgreSQL one hash of the planned ids for the whole query, since a correlated probe costs a subplan start per
 * invoice: 62,000 open invoices took 0.5–0.8 s). An invoice only in plans that are not live (completed, cancelled,
 * replanned) has nothing covered: the sum inside `least` is then 0, not NULL, which PostgreSQL's LEAST would skip.
 */
export const planCovered = (db: Db, invoice: string): RawBuilder<number> => {
  const id = sql.ref(`${invoice}.id`);
  const inNoPlan = isPostgres(db)
    ? sql`${id} not in (select x.invoice_id from plan_invoices x)`
    : sql`not exists (select 1 from plan_invoices x where x.invoice_id = ${id})`;
  return sql<number>`case
  when ${inNoPlan} then 0
  else (select ${least(db, sql.ref(`${invoice}.open_amount`), sql`coalesce(sum(pi.amount), 0)`)} from plan_invoices pi
    join payment_plans p on p.id = pi.plan_id
    where pi.invoice_id = ${id} and p.status in ${livePlanStatuses}) end`;
};

/**
 * `planCovered` for a source of many invoices: `join` goes after the invoice table, `covered` is what live plans
 * cover of it where that is less than what is open (a source keeps only invoices with something left). SQLite probes
 * the plans' invoice index per row; on a server a subquery per row costs a few microseconds each (150 ms for a
 * month's 25,000 invoices), so it joins the covered invoices' sums, hashed once per statement.
 */
export function planCover(db: Db, invoice: string): { join: RawBuilder<unknown>; covered: RawBuilder<number> } {
  if (!isPostgres(db)) return { join: sql``, covered: planCovered(db, invoice) };
  const alias = `${invoice}_cover`;
  return {
    join: sql`left join (${livePlanCover}) ${sql.raw(alias)} on ${sql.ref(`${alias}.invoice_id`)} = ${sql.ref(`${invoice}.id`)}`,
    covered: sql<number>`coalesce(${sql.ref(`${alias}.covered`)}, 0)`,
  };
}

/** Ids of invoices an active plan covers (a few thousand at most: the plans' own rows). */
export const inActivePlanIds = sql`select pi.invoice_id from plan_invoices pi join payment_plans p on p.id = pi.plan_id
  where p.status in ${chaseFreePlanStatuses}`;

/** The same, probed per invoice through the plans' invoice index (for a few invoices: no list of every id built). */
export const inActivePlanProbe = (invoice: string): RawBuilder<boolean> => sql<boolean>`exists (select 1 from plan_invoices pi
  join payment_plans p on p.id = pi.plan_id where pi.invoice_id = ${sql.ref(`${invoice}.id`)} and p.status in ${chaseFreePlanStatuses})`;

/** An invoice covered by an active plan. */
export const inActivePlan = (invoice: string): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(`${invoice}.id`)} in (${inActivePlanIds})`;

/** Ids of invoices with an open dispute (from the disputes, not a scan of the invoices). */
export const disputedIds = sql`select invoice_id from disputes where status = 'open'`;

/**
 * Live payments towards promise `pr` dated from the day it was made to `until` (its promised day unless a past
 * day is asked about) and recorded after it was. The kept `promise_paid.paid` is this up to the promised day.
 */
export const paidTowardsPromise = (until: RawBuilder<string> = sql`pr.promised_date`): RawBuilder<number> =>
  sql<number>`coalesce((select sum(p.amount) from payments p
    where p.customer_id = pr.customer_id and p.currency = pr.currency and p.kind = 'payment' and p.reversed_at is null
      and p.date >= pr.made_on and p.date <= ${until} and p.created_at >= pr.created_at), 0)`;

/**
 * A standing promise `pr` joined with its kept `promise_paid pp`: pending, made by today, its day today or
 * ahead, and not paid in full.
 */
export const standingPromise = (today: string): RawBuilder<boolean> =>
  sql<boolean>`pr.status = 'pending' and pr.made_on <= ${today} and pr.promised_date >= ${today} and pp.paid < pr.amount`;
