import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { inActivePlanIds } from '../receivables/receivable-sql';

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
    // The receivables module's "to chase": undisputed and in no active plan.
    .where(sql<boolean>`i.id not in (${inActivePlanIds})`);
  if (customerId !== undefined) query = query.where('i.customer_id', '=', customerId);
  // Sorted here, not in SQL: an ORDER BY makes SQLite walk every invoice by customer instead of the open ones.
  const rows = await query.execute();
  rows.sort((a, b) => a.customerId - b.customerId || a.dueDate.localeCompare(b.dueDate) || a.invoiceId - b.invoiceId);
  return rows.map((r) => ({ ...r, currency: r.currency as Currency }));
}
