import { todayLocal } from '../../../src-shared/dates/business-date';
import type { Db } from '../../store/schema';
import type { PlannedAllocation } from './allocation-plan';

/**
 * Applies planned allocations of one credit: each allocation row, the invoice's open amount (and the day it
 * became paid), and the credit's unallocated rest move together. The CHECK constraints on open_amount and
 * unallocated are the last guard: a plan that over-allocates fails the whole transaction.
 */
export async function applyAllocations(
  db: Db,
  paymentId: number,
  lines: readonly PlannedAllocation[],
  date: string,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  let total = 0;
  for (const line of lines) {
    await db
      .insertInto('allocations')
      .values({
        invoice_id: line.invoiceId,
        payment_id: paymentId,
        amount: line.amount,
        date,
        created_at: stamp,
        reversed_at: null,
      })
      .execute();
    await db
      .updateTable('invoices')
      .set((eb) => ({
        open_amount: eb('open_amount', '-', line.amount),
        paid_date: eb.case().when('open_amount', '=', line.amount).then(date).else(null).end(),
        updated_at: stamp,
      }))
      .where('id', '=', line.invoiceId)
      .execute();
    total += line.amount;
  }
  if (total > 0) {
    await db
      .updateTable('payments')
      .set((eb) => ({ unallocated: eb('unallocated', '-', total) }))
      .where('id', '=', paymentId)
      .execute();
  }
}

/** Undoes every live allocation of a credit (a reversal): invoices reopen, history keeps the rows. */
export async function releaseAllocations(db: Db, paymentId: number, now: Date): Promise<number[]> {
  const stamp = now.toISOString();
  const live = await db
    .selectFrom('allocations')
    .select(['id', 'invoice_id', 'amount'])
    .where('payment_id', '=', paymentId)
    .where('reversed_at', 'is', null)
    .execute();
  for (const allocation of live) {
    await db
      .updateTable('invoices')
      .set((eb) => ({ open_amount: eb('open_amount', '+', allocation.amount), paid_date: null, updated_at: stamp }))
      .where('id', '=', allocation.invoice_id)
      .execute();
    await db.updateTable('allocations').set({ reversed_at: stamp, reversed_on: todayLocal(now) }).where('id', '=', allocation.id).execute();
  }
  return live.map((a) => a.invoice_id);
}
