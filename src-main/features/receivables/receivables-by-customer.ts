import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import { leftFirstJoin } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';
import { disputedIds, inActivePlanIds, inActivePlanProbe } from './receivable-sql';

/** One customer's receivables in one currency on today's kept figures (see receivable-rules.ts). */
export interface CustomerReceivables {
  customerId: number;
  currency: Currency;
  /** Everything open (null when only the overdue was asked for). */
  open: number | null;
  /** Open and due before today: disputed + inPlan + toChase. */
  overdue: number;
  overdueDisputed: number;
  /** Overdue, undisputed and covered by an active plan. */
  overdueInPlan: number;
  /** Overdue, undisputed, in no active plan: what Today and reminders chase. */
  toChase: number;
  /** The due date of the oldest invoice to chase; null when nothing is. */
  oldestToChase: string | null;
}

const pairKey = (customerId: number, currency: string) => `${customerId}|${currency}`;

interface BaseRow {
  customer_id: number;
  currency: string;
  open: number | null;
  overdue: number;
  oldest: string | null;
}

/**
 * Open and overdue amounts per customer and currency, overdue split into disputed, in a plan and to chase. One
 * grouped read of the covering partial index of open invoices (`invoices_open_by_due`; one customer's through
 * `invoices_open_by_customer`), then only the few overdue invoices that are disputed or in an active plan, and for
 * their customers the kept `open_by_customer_due` rows to find the oldest due date left to chase.
 * `customerIds` narrows it (a card, a page); `overdueOnly` reads only the overdue part of the index.
 */
export async function receivablesByCustomer(
  db: Db,
  today: string,
  customerIds?: readonly number[],
  overdueOnly = false,
): Promise<CustomerReceivables[]> {
  if (customerIds?.length === 0) return [];
  const only = customerIds === undefined ? sql`` : sql`and customer_id in (${sql.join(customerIds)})`;
  const { rows } = await sql<BaseRow>`
    select customer_id, currency, ${overdueOnly ? sql`null` : sql`sum(open_amount)`} as open,
           sum(case when due_date < ${today} then open_amount else 0 end) as overdue,
           min(case when due_date < ${today} then due_date end) as oldest
    from invoices where open_amount > 0 ${overdueOnly ? sql`and due_date < ${today}` : sql``} ${only}
    group by customer_id, currency`.execute(db);
  return splitOverdue(db, today, rows, customerIds);
}

/** Base rows: each account's overdue and its oldest due date, as `overdueSql` of the customer figures gives them. */
export interface OverdueBase {
  customer_id: number;
  currency: string;
  overdue: number;
  oldest_due: string | null;
}

/**
 * The customer figures' part to chase (`customer-figures.ts` keeps it): the base rows' overdue split by the same
 * rules, for one customer or for everyone.
 */
export const overdueSplit = (db: Db, today: string, base: OverdueBase[], customerIds?: readonly number[]) =>
  splitOverdue(
    db,
    today,
    base.map((r) => ({ ...r, open: null, oldest: r.oldest_due })),
    customerIds,
  );

interface Excluded {
  customer_id: number;
  currency: string;
  disputed: number;
  planned: number;
  oldest: string | null;
}

/**
 * Per account with something overdue left out: how much is disputed or planned, and the oldest due date still to
 * chase. For everyone, from the few disputed or planned ids to their invoices, then a walk of those accounts' open
 * invoices by due date (the index alone: ids, not the rows) that stops at the first one neither disputed nor planned
 * (usually the first), not a read of every overdue day of those customers.
 */
function excludedOfEveryone(db: Db, today: string) {
  return sql<Excluded>`
    select e.customer_id, e.currency, e.disputed, e.planned,
      (select i.due_date from invoices i
       where i.customer_id = e.customer_id and i.currency = e.currency and i.open_amount > 0 and i.due_date < ${today}
         and i.id not in (select x.invoice_id from (${disputedIds} union ${inActivePlanIds}) x)
       order by i.due_date limit 1) as oldest
    from (
      select i.customer_id, i.currency,
             sum(case when i.open_disputes > 0 then i.open_amount else 0 end) as disputed,
             sum(case when i.open_disputes > 0 then 0 else i.open_amount end) as planned
      -- From the few ids to their invoices, never a walk of the open invoices probing the ids.
      from (${disputedIds} union ${inActivePlanIds}) ids ${leftFirstJoin(db)} invoices i on i.id = ids.invoice_id
      where i.open_amount > 0 and i.due_date < ${today}
      group by i.customer_id, i.currency
    ) e`.execute(db);
}

/**
 * The same for a few customers (a card, a write's kept figures): their own overdue invoices, each probed for an
 * open dispute (kept on the row) or an active plan (the plans' invoice index), instead of every disputed id.
 */
function excludedOf(db: Db, today: string, customerIds: readonly number[]) {
  return sql<Excluded>`
    select customer_id, currency,
      sum(case when part = 'disputed' then open_amount else 0 end) as disputed,
      sum(case when part = 'in_plan' then open_amount else 0 end) as planned,
      min(case when part = 'to_chase' then due_date end) as oldest
    from (
      select i.customer_id, i.currency, i.open_amount, i.due_date,
        case when i.open_disputes > 0 then 'disputed' when ${inActivePlanProbe('i')} then 'in_plan' else 'to_chase' end as part
      from invoices i
      where i.customer_id in (${sql.join(customerIds)}) and i.open_amount > 0 and i.due_date < ${today}
    ) p
    group by customer_id, currency`.execute(db);
}

/** The base rows' overdue split into disputed, in an active plan and to chase, with the oldest due date to chase. */
async function splitOverdue(
  db: Db,
  today: string,
  base: BaseRow[],
  customerIds?: readonly number[],
): Promise<CustomerReceivables[]> {
  const { rows: excluded } =
    customerIds === undefined ? await excludedOfEveryone(db, today) : await excludedOf(db, today, customerIds);
  const left = new Map(excluded.map((x) => [pairKey(x.customer_id, x.currency), x]));

  return base.map((r) => {
    const k = pairKey(r.customer_id, r.currency);
    const overdue = Number(r.overdue);
    const overdueDisputed = Number(left.get(k)?.disputed ?? 0);
    const overdueInPlan = Number(left.get(k)?.planned ?? 0);
    const toChase = overdue - overdueDisputed - overdueInPlan;
    return {
      customerId: r.customer_id,
      currency: r.currency as Currency,
      open: r.open === null ? null : Number(r.open),
      overdue,
      overdueDisputed,
      overdueInPlan,
      toChase,
      oldestToChase: toChase <= 0 ? null : left.has(k) ? (left.get(k)!.oldest ?? null) : r.oldest,
    };
  });
}

/** The company's overdue per currency and how much of it is disputed, from the kept invoice summary. */
export async function overdueTotals(db: Db, today: string): Promise<Map<string, { overdue: number; disputed: number }>> {
  const { rows } = await sql<{ currency: string; overdue: number; disputed: number }>`
    select currency, sum(open) as overdue, sum(case when state = 'disputed' then open else 0 end) as disputed
    from invoice_summary where due_date < ${today} and open > 0 group by currency`.execute(db);
  return new Map(rows.map((r) => [r.currency, { overdue: Number(r.overdue), disputed: Number(r.disputed) }]));
}
