import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';

export interface DueItem {
  invoiceId: number;
  customerId: number;
  number: string;
  dueDate: string;
  currency: Currency;
  open: number;
  /** The furthest step offset this invoice was reminded at, or null. */
  remindedAt: number | null;
}

/**
 * Open invoices that a reminder may name by `today`: due no later than `latestDue` (today minus the earliest
 * step offset), not disputed and not covered by an active payment plan. Read through the partial index of
 * open invoices; one customer's through its card index.
 */
export async function dueItems(db: Db, latestDue: string, customerId?: number): Promise<DueItem[]> {
  let query = db
    .selectFrom('invoices as i')
    .leftJoin('reminder_invoice_state as s', 's.invoice_id', 'i.id')
    .select([
      'i.id as invoiceId',
      'i.customer_id as customerId',
      'i.number',
      'i.due_date as dueDate',
      'i.currency',
      'i.open_amount as open',
      's.last_offset as remindedAt',
    ])
    .where('i.open_amount', '>', 0)
    .where('i.open_disputes', '=', 0)
    .where('i.due_date', '<=', latestDue)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('plan_invoices as pi')
            .innerJoin('payment_plans as pp', 'pp.id', 'pi.plan_id')
            .select(sql.lit(1).as('one'))
            .whereRef('pi.invoice_id', '=', 'i.id')
            .where('pp.status', '=', 'active'),
        ),
      ),
    );
  if (customerId !== undefined) query = query.where('i.customer_id', '=', customerId);
  // Sorted here, not in SQL: an ORDER BY makes SQLite walk every invoice by customer instead of the open ones.
  const rows = await query.execute();
  rows.sort((a, b) => a.customerId - b.customerId || a.dueDate.localeCompare(b.dueDate) || a.invoiceId - b.invoiceId);
  return rows.map((r) => ({ ...r, currency: r.currency as Currency }));
}

/**
 * Customers who promised to pay by a day not yet past and have not paid it in full: they are not chased
 * until the promise is kept or broken (kept/broken is derived from payments, as on the card).
 */
export async function customersUnderPromise(db: Db, today: string, customerId?: number): Promise<Set<number>> {
  let query = db
    .selectFrom('promises as pr')
    .select('pr.customer_id')
    .where('pr.status', '=', 'pending')
    .where('pr.promised_date', '>=', today)
    .where('pr.made_on', '<=', today)
    .where(
      sql<number>`coalesce((select sum(p.amount) from payments p
        where p.customer_id = pr.customer_id and p.currency = pr.currency and p.kind = 'payment'
          and p.reversed_at is null and p.date >= pr.made_on and p.date <= pr.promised_date), 0)`,
      '<',
      sql<number>`pr.amount`,
    );
  if (customerId !== undefined) query = query.where('pr.customer_id', '=', customerId);
  return new Set((await query.execute()).map((r) => r.customer_id));
}
