import type { Payment } from '../../../src-shared/domain/payments/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';

export async function loadPayment(db: Db, id: number): Promise<Payment | undefined> {
  const row = await db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const allocations = await db
    .selectFrom('allocations as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['a.id', 'a.invoice_id', 'i.number', 'a.amount', 'a.date', 'a.reversed_at'])
    .where('a.payment_id', '=', id)
    .orderBy('a.id')
    .execute();
  return {
    id: row.id,
    kind: row.kind,
    customerId: row.customer_id,
    number: row.number,
    date: row.date,
    currency: row.currency as Currency,
    amount: row.amount,
    unallocated: row.unallocated,
    method: row.method as Payment['method'],
    reference: row.reference,
    note: row.note,
    invoiceId: row.invoice_id,
    reversedAt: row.reversed_at,
    reversalReason: row.reversal_reason,
    allocations: allocations.map((a) => ({
      id: a.id,
      invoiceId: a.invoice_id,
      invoiceNumber: a.number,
      amount: a.amount,
      date: a.date,
      reversed: a.reversed_at !== null,
    })),
    createdAt: row.created_at,
  };
}

export interface NewCredit {
  kind: 'payment' | 'credit_note';
  customerId: number;
  number: string | null;
  date: string;
  currency: string;
  amount: number;
  method: string | null;
  reference: string;
  note: string;
  invoiceId: number | null;
}

/** `by`: the person named on the PC that records it (null when none), shown on the customer's timeline. */
export async function insertCredit(db: Db, credit: NewCredit, now: Date, by: string | null): Promise<number> {
  const { id } = await db
    .insertInto('payments')
    .values({
      kind: credit.kind,
      customer_id: credit.customerId,
      number: credit.number,
      date: credit.date,
      currency: credit.currency,
      amount: credit.amount,
      unallocated: credit.amount,
      method: credit.method,
      reference: credit.reference,
      note: credit.note,
      invoice_id: credit.invoiceId,
      reversed_at: null,
      reversal_reason: null,
      created_at: now.toISOString(),
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
