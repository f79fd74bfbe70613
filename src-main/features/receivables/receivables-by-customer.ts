import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { disputedIds, inActivePlanIds } from './receivable-sql';

/** One customer's receivables in one currency on today's kept figures (see receivable-rules.ts). */
export interface CustomerReceivables {
  customerId: number;
  currency: Currency;
  /** Everything open. */
  open: number;
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

/**
 * Open and overdue amounts per customer and currency, overdue split into disputed, in a plan and to chase. Reads
 * the kept `open_by_customer_due` (a row per customer, currency and due date) and only the few overdue invoices
 * that are disputed or in an active plan, never every open invoice. `customerIds` narrows it (a card, a page).
 */
export async function receivablesByCustomer(
  db: Db,
  today: string,
  customerIds?: readonly number[],
): Promise<CustomerReceivables[]> {
  if (customerIds?.length === 0) return [];
  const only = (column: string) =>
    customerIds === undefined ? sql`` : sql`and ${sql.ref(column)} in (${sql.join(customerIds)})`;
  const { rows } = await sql<{
    customer_id: number;
    currency: string;
    open: number;
    overdue: number;
    disputed: number;
    planned: number;
    oldest: string | null;
  }>`
    with excluded as (
      select i.customer_id, i.currency, i.due_date, count(*) as n,
             sum(case when i.open_disputes > 0 then i.open_amount else 0 end) as disputed,
             sum(case when i.open_disputes > 0 then 0 else i.open_amount end) as planned
      from invoices i
      where i.id in (${disputedIds} union ${inActivePlanIds})
        and i.open_amount > 0 and i.due_date < ${today} ${only('i.customer_id')}
      group by 1, 2, 3
    )
    select o.customer_id, o.currency, sum(o.open) as open,
           sum(case when o.due_date < ${today} then o.open else 0 end) as overdue,
           coalesce(sum(x.disputed), 0) as disputed, coalesce(sum(x.planned), 0) as planned,
           min(case when o.due_date < ${today} and o.count > coalesce(x.n, 0) then o.due_date end) as oldest
    from open_by_customer_due o
    left join excluded x on x.customer_id = o.customer_id and x.currency = o.currency and x.due_date = o.due_date
    where 1 = 1 ${only('o.customer_id')}
    group by o.customer_id, o.currency`.execute(db);
  return rows.map((r) => {
    const overdue = Number(r.overdue);
    const overdueDisputed = Number(r.disputed);
    const overdueInPlan = Number(r.planned);
    return {
      customerId: r.customer_id,
      currency: r.currency as Currency,
      open: Number(r.open),
      overdue,
      overdueDisputed,
      overdueInPlan,
      toChase: overdue - overdueDisputed - overdueInPlan,
      oldestToChase: r.oldest,
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
