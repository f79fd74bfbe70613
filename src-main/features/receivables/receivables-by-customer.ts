import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import { leftFirstJoin } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';
import { disputedIds, inActivePlanIds } from './receivable-sql';

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

/**
 * Open and overdue amounts per customer and currency, overdue split into disputed, in a plan and to chase. One
 * grouped read of the covering partial index of open invoices (`invoices_open_by_due`; one customer's through
 * `invoices_open_by_customer`), then only the few overdue invoices that are disputed or in an active plan, and for
 * their customers the kept `open_by_customer_due` rows to find the oldest due date left to chase.
 * `customerIds` narrows it (a card, a page); `overdueOnly` reads only the overdue part of the index (Today).
 */
export async function receivablesByCustomer(
  db: Db,
  today: string,
  customerIds?: readonly number[],
  overdueOnly = false,
): Promise<CustomerReceivables[]> {
  if (customerIds?.length === 0) return [];
  const only = (column: string) =>
    customerIds === undefined ? sql`` : sql`and ${sql.ref(column)} in (${sql.join(customerIds)})`;
  const { rows: base } = await sql<{
    customer_id: number;
    currency: string;
    open: number;
    overdue: number;
    oldest: string | null;
  }>`
    select customer_id, currency, ${overdueOnly ? sql`null` : sql`sum(open_amount)`} as open,
           sum(case when due_date < ${today} then open_amount else 0 end) as overdue,
           min(case when due_date < ${today} then due_date end) as oldest
    from invoices where open_amount > 0 ${overdueOnly ? sql`and due_date < ${today}` : sql``} ${only('customer_id')}
    group by customer_id, currency`.execute(db);
  const { rows: excluded } = await sql<{
    customer_id: number;
    currency: string;
    due_date: string;
    n: number;
    disputed: number;
    planned: number;
  }>`
    select i.customer_id, i.currency, i.due_date, count(*) as n,
           sum(case when i.open_disputes > 0 then i.open_amount else 0 end) as disputed,
           sum(case when i.open_disputes > 0 then 0 else i.open_amount end) as planned
    -- From the few ids to their invoices, never a walk of the open invoices probing the ids.
    from (${disputedIds} union ${inActivePlanIds}) ids ${leftFirstJoin(db)} invoices i on i.id = ids.invoice_id
    where i.open_amount > 0 and i.due_date < ${today} ${only('i.customer_id')}
    group by 1, 2, 3`.execute(db);

  // The oldest due date to chase moves only where something overdue is left out: look at those customers' days.
  const left = new Map<string, { disputed: number; planned: number; days: Map<string, number> }>();
  for (const x of excluded) {
    const k = pairKey(x.customer_id, x.currency);
    const entry = left.get(k) ?? { disputed: 0, planned: 0, days: new Map<string, number>() };
    entry.disputed += Number(x.disputed);
    entry.planned += Number(x.planned);
    entry.days.set(x.due_date, Number(x.n));
    left.set(k, entry);
  }
  const oldest = new Map<string, string | null>();
  const affected = [...new Set(excluded.map((x) => x.customer_id))];
  if (affected.length > 0) {
    const { rows: days } = await sql<{ customer_id: number; currency: string; due_date: string; count: number }>`
      select customer_id, currency, due_date, count from open_by_customer_due
      where customer_id in (${sql.join(affected)}) and due_date < ${today} order by customer_id, currency, due_date`.execute(db);
    for (const d of days) {
      const k = pairKey(d.customer_id, d.currency);
      if (oldest.get(k)) continue;
      oldest.set(k, d.count > (left.get(k)?.days.get(d.due_date) ?? 0) ? d.due_date : null);
    }
  }

  return base.map((r) => {
    const k = pairKey(r.customer_id, r.currency);
    const overdue = Number(r.overdue);
    const overdueDisputed = left.get(k)?.disputed ?? 0;
    const overdueInPlan = left.get(k)?.planned ?? 0;
    const toChase = overdue - overdueDisputed - overdueInPlan;
    return {
      customerId: r.customer_id,
      currency: r.currency as Currency,
      open: r.open === null ? null : Number(r.open),
      overdue,
      overdueDisputed,
      overdueInPlan,
      toChase,
      oldestToChase: toChase <= 0 ? null : left.has(k) ? (oldest.get(k) ?? null) : r.oldest,
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
