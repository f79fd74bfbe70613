import { sql, type RawBuilder } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import { indexedBy, unindexed } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';
import { isPostgres } from '../../store/dialect/kind';
import { livePlanStatuses, planCover, standingPromise } from './receivable-sql';

/** What is expected, by kind: open invoices, unpaid plan instalments, cheques and notes, standing promises. */
export const EXPECTED_KINDS = ['invoice', 'instalment', 'cheque', 'promise'] as const;
export type ExpectedKind = (typeof EXPECTED_KINDS)[number];

/** Cheques and notes whose cash is still to come to us: in the portfolio or with the bank for collection. */
export const EXPECTED_CHEQUE_STATUSES = ['portfolio', 'at_bank'] as const;

/**
 * Live cheques and notes through their own partial index (migration 33, whose WHERE lists the same statuses): the
 * statuses are written into the SQL as literals, since SQLite matches a partial index only against constants.
 */
export const liveCheques = (db: Db, alias: string): RawBuilder<unknown> =>
  sql`cheques ${sql.raw(alias)} ${indexedBy(db, 'cheques_live_by_due')}
    where ${sql.ref(`${alias}.status`)} in (${sql.join(EXPECTED_CHEQUE_STATUSES.map((s) => sql.lit(s)))})`;

/** A customer without a stored segment has no history yet: B. */
const DEFAULT_SEGMENT = 'B';

/**
 * The customer in `column` is of this risk segment (the stored one). SQLite looks each one up; on a server a
 * subquery per row costs a few microseconds each, so it asks whether the customer is in the segment's set (or, for
 * B, not in the other segments'), which it hashes once per statement.
 */
function inSegment(db: Db, column: RawBuilder<unknown>, segment: string): RawBuilder<boolean> {
  if (!isPostgres(db))
    return sql<boolean>`coalesce((select r.segment from customer_risk r where r.customer_id = ${column}), ${sql.lit(DEFAULT_SEGMENT)}) = ${segment}`;
  return segment === DEFAULT_SEGMENT
    ? sql<boolean>`${column} not in (select r.customer_id from customer_risk r where r.segment <> ${segment})`
    : sql<boolean>`${column} in (select r.customer_id from customer_risk r where r.segment = ${segment})`;
}

export interface ExpectedScope {
  /** The first and last day, or an expression of one (the day of a LATERAL read per day, on a server). */
  from: string | RawBuilder<string>;
  to: string | RawBuilder<string>;
  customerId?: number | undefined;
  /** Only customers of this risk segment (the stored one; a customer without one has no history yet: B). */
  segment?: string | undefined;
  kinds?: readonly ExpectedKind[] | undefined;
}

/**
 * What is expected on which day (see receivable-rules.ts), one light SQL source per kind with the same columns:
 * kind, id, date, customer_id, amount (still to collect), currency — each read from an index on its date
 * (migrations 0008, 0010, 0016) without the table, so a month of everyone's invoices sums from the index alone.
 * The calendar lists them; `expectedByDay` sums them.
 */
export function expectedSources(db: Db, scope: ExpectedScope, today: string): RawBuilder<unknown>[] {
  const kinds = new Set<ExpectedKind>(scope.kinds ?? EXPECTED_KINDS);
  // Ahead of the other conditions, so a segment's items are picked before their amounts are worked out.
  const customer = (column: string) =>
    sql`${scope.customerId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${scope.customerId}`} ${
      scope.segment === undefined ? sql`` : sql`and ${inSegment(db, sql.ref(column), scope.segment)}`
    }`;
  const cover = planCover(db, 'i');
  const parts: RawBuilder<unknown>[] = [];
  if (kinds.has('invoice'))
    // What a running plan covers of an invoice is expected through the plan's instalments, not on its due date.
    parts.push(sql`select 'invoice' as kind, i.id, i.due_date as date, i.customer_id, i.open_amount - ${cover.covered} as amount, i.currency
      from invoices i ${cover.join}
      where i.open_amount > 0 and i.due_date between ${scope.from} and ${scope.to} ${customer('i.customer_id')}
        and i.open_amount > ${cover.covered}`);
  if (kinds.has('instalment'))
    // Later selects of the union take the first one's column names; each source is first when asked alone.
    parts.push(sql`select 'instalment' as kind, n.id, n.due_date as date, n.customer_id, n.amount - n.paid_amount as amount, n.currency
      from plan_instalments n join payment_plans p on p.id = n.plan_id
      where n.paid_amount < n.amount and n.due_date between ${scope.from} and ${scope.to} ${customer('n.customer_id')}
        and ${unindexed(db, 'p.status')} in ${livePlanStatuses}`); // walk the instalments by day, not every running plan
  if (kinds.has('cheque'))
    parts.push(sql`select 'cheque' as kind, c.id, c.due_date as date, c.customer_id, c.amount, c.currency
      from ${liveCheques(db, 'c')}
        and c.due_date between ${scope.from} and ${scope.to} ${customer('c.customer_id')}`);
  if (kinds.has('promise'))
    // Standing only: a kept promise is paid, and one whose day has passed unpaid is broken, not expected.
    parts.push(sql`select 'promise' as kind, pr.id, pr.promised_date as date, pr.customer_id, pr.amount - pp.paid as amount, pr.currency
      from promises pr join promise_paid pp on pp.promise_id = pr.id
      where ${standingPromise(today)} and pr.promised_date between ${scope.from} and ${scope.to} ${customer('pr.customer_id')}`);
  return parts;
}

/** Every expected item of the scope as one row source (null when no kind is asked for). */
export function expectedItems(db: Db, scope: ExpectedScope, today: string): RawBuilder<unknown> | null {
  const parts = expectedSources(db, scope, today);
  return parts.length === 0 ? null : sql`select x.* from (${sql.join(parts, sql` union all `)}) x`;
}

export interface ExpectedOnDay {
  customerId: number;
  currency: Currency;
  date: string;
  amount: number;
}

/**
 * Expected collections per customer, currency and day over a range (one customer's, or everyone's). Days before
 * today hold what fell due then and is still unpaid (overdue); nothing sums two currencies.
 */
export async function expectedByDay(db: Db, scope: ExpectedScope, today: string): Promise<ExpectedOnDay[]> {
  const items = expectedItems(db, scope, today);
  if (!items) return [];
  const { rows } = await sql<{ customer_id: number; currency: string; date: string; amount: number }>`
    select customer_id, currency, date, sum(amount) as amount from (${items}) e
    group by customer_id, currency, date order by customer_id, currency, date`.execute(db);
  return rows.map((r) => ({
    customerId: r.customer_id,
    currency: r.currency as Currency,
    date: r.date,
    amount: Number(r.amount),
  }));
}

/**
 * Each customer's next expected collection per currency from today on (the first day with something expected
 * and its amount), up to `to`.
 */
export async function nextExpected(
  db: Db,
  today: string,
  to: string,
  customerId?: number,
): Promise<Map<number, { currency: Currency; date: string; amount: number }[]>> {
  const days = await expectedByDay(db, { from: today, to, customerId }, today);
  const next = new Map<number, { currency: Currency; date: string; amount: number }[]>();
  for (const d of days) {
    const list = next.get(d.customerId) ?? [];
    // Rows come in customer, currency, day order: the first of each currency is its next day.
    if (!list.some((e) => e.currency === d.currency)) list.push({ currency: d.currency, date: d.date, amount: d.amount });
    next.set(d.customerId, list);
  }
  return next;
}
