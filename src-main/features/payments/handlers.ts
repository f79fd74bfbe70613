import { todayLocal } from '../../../src-shared/dates/business-date';
import type { PaymentRecord } from '../../../src-shared/domain/payments/schemas';
import type { Payment } from '../../../src-shared/domain/payments/types';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';
import { allocateCredit } from './allocate-credit';
import type { ReceiptMethods } from './receipt-handlers';
import { releaseAllocations } from './ledger-writes';
import { listPayments } from './payments-list';
import { insertCredit, loadPayment } from './payments-repo';

export async function mustLoadPayment(ctx: HandlerContext, id: number): Promise<Payment> {
  const payment = await loadPayment(ctx.db, id);
  if (!payment) throw notFound(`Payment ${id} does not exist`);
  return payment;
}

/** Money received or credited cannot be dated in the future: aging as of today relies on it. */
export async function assertNotFuture(ctx: HandlerContext, date: string, path: string[]): Promise<void> {
  if (date > todayLocal(ctx.now())) throw fieldError(await ctx.language(), 'validation', path, 'validation.futureDate');
}

const auditEntity = (p: Payment) => (p.kind === 'payment' ? 'payment' : 'credit_note');

/** Records a payment received and allocates it; cheques and notes record theirs through this too. */
export async function recordPayment(ctx: HandlerContext, input: PaymentRecord): Promise<Payment> {
  await requireCustomer(ctx, input.customerId);
  await assertNotFuture(ctx, input.date, ['date']);
  const id = await insertCredit(
    ctx.db,
    {
      kind: 'payment',
      customerId: input.customerId,
      number: null,
      date: input.date,
      currency: input.currency,
      amount: input.amount,
      method: input.method,
      reference: input.reference,
      note: input.note,
      invoiceId: null,
    },
    ctx.now(),
    ctx.actor.name,
  );
  await allocateCredit(
    ctx,
    id,
    { customerId: input.customerId, currency: input.currency, available: input.amount },
    input.allocate,
    input.date,
  );
  const payment = await mustLoadPayment(ctx, id);
  await recordAudit(ctx, 'payments/record', 'payment', id, null, payment);
  ctx.emit({ type: 'ledger/changed', customerIds: [input.customerId] });
  return payment;
}

/** Reverses a payment or credit note: its allocations are released (invoices reopen), history keeps both. */
export async function reversePayment(ctx: HandlerContext, id: number, reason: string): Promise<Payment> {
  const current = await mustLoadPayment(ctx, id);
  if (current.reversedAt) throw fieldError(await ctx.language(), 'conflict', ['id'], 'validation.alreadyReversed');
  await releaseAllocations(ctx.db, id, ctx.now());
  await ctx.db
    .updateTable('payments')
    .set({
      reversed_at: ctx.now().toISOString(),
      reversed_on: todayLocal(ctx.now()),
      reversal_reason: reason,
      reversed_by: ctx.actor.name,
      unallocated: 0,
    })
    .where('id', '=', id)
    .execute();
  const reversed = await mustLoadPayment(ctx, id);
  await recordAudit(ctx, 'payments/reverse', auditEntity(current), id, current, reversed);
  ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
  return reversed;
}

/** The ledger side of payments; the receipt's methods are in `receipt-handlers.ts` (they need the document host). */
export const paymentsHandlers: Omit<DomainHandlers<'payments'>, ReceiptMethods> = {
  'payments/record': (input, ctx) => recordPayment(ctx, input),

  'payments/reverse': ({ id, reason }, ctx) => reversePayment(ctx, id, reason),

  'payments/allocate': async ({ id, allocate, date }, ctx) => {
    const current = await mustLoadPayment(ctx, id);
    const language = await ctx.language();
    if (current.reversedAt) throw fieldError(language, 'conflict', ['id'], 'validation.alreadyReversed');
    if (current.unallocated === 0) throw fieldError(language, 'validation', ['id'], 'validation.nothingToAllocate');
    const on = date ?? todayLocal(ctx.now());
    await assertNotFuture(ctx, on, ['date']);
    await allocateCredit(
      ctx,
      id,
      { customerId: current.customerId, currency: current.currency, available: current.unallocated },
      allocate,
      on < current.date ? current.date : on,
    );
    const updated = await mustLoadPayment(ctx, id);
    await recordAudit(ctx, 'payments/allocate', auditEntity(current), id, current, updated);
    ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
    return updated;
  },

  'payments/get': ({ id }, ctx) => mustLoadPayment(ctx, id),

  'payments/list': (query, ctx) => listPayments(ctx.db, query),
};
