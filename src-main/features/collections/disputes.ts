import { todayLocal } from '../../../src-shared/dates/business-date';
import type { Dispute } from '../../../src-shared/domain/collections/types';
import type { Currency } from '../../../src-shared/money/currency';
import { formatMoney } from '../../../src-shared/money/format';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { recordAudit } from '../audit/audit-log';
import { issueCreditNote } from '../payments/credit-notes-handlers';

const disputeSelect = (db: Db) =>
  db
    .selectFrom('disputes as d')
    .innerJoin('invoices as i', 'i.id', 'd.invoice_id')
    .select([
      'd.id',
      'd.invoice_id',
      'i.number',
      'd.customer_id',
      'd.reason',
      'd.amount',
      'i.currency',
      'd.note',
      'd.status',
      'd.opened_on',
      'd.resolved_on',
      'd.resolution_note',
      'd.credit_note_id',
    ]);

type DisputeRow = Awaited<ReturnType<ReturnType<typeof disputeSelect>['executeTakeFirstOrThrow']>>;

const toDispute = (r: DisputeRow): Dispute => ({
  id: r.id,
  invoiceId: r.invoice_id,
  invoiceNumber: r.number,
  customerId: r.customer_id,
  reason: r.reason as Dispute['reason'],
  amount: r.amount,
  currency: r.currency as Currency,
  note: r.note,
  status: r.status,
  openedOn: r.opened_on,
  resolvedOn: r.resolved_on,
  resolutionNote: r.resolution_note,
  creditNoteId: r.credit_note_id,
});

async function mustLoad(ctx: HandlerContext, id: number): Promise<Dispute> {
  const row = await disputeSelect(ctx.db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Dispute ${id} does not exist`);
  return toDispute(row);
}

/** An open dispute marks its invoice 'disputed': automatic allocation (and later, reminders) leave it alone. */
export const openDispute: Handler<'disputes/open'> = async (input, ctx) => {
  const invoice = await ctx.db
    .selectFrom('invoices')
    .select(['id', 'customer_id', 'currency', 'open_amount'])
    .where('id', '=', input.invoiceId)
    .executeTakeFirst();
  const language = await ctx.language();
  if (!invoice) throw fieldError(language, 'validation', ['invoiceId'], 'validation.unknownInvoice');
  if (input.amount > invoice.open_amount) {
    throw fieldError(language, 'validation', ['amount'], 'validation.disputeTooLarge', {
      open: formatMoney(invoice.open_amount, invoice.currency as Currency, language),
    });
  }
  const { id } = await ctx.db
    .insertInto('disputes')
    .values({
      invoice_id: invoice.id,
      customer_id: invoice.customer_id,
      reason: input.reason,
      amount: input.amount,
      note: input.note,
      status: 'open',
      opened_on: input.date ?? todayLocal(ctx.now()),
      resolved_on: null,
      resolution_note: '',
      credit_note_id: null,
      created_at: ctx.now().toISOString(),
      opened_by: ctx.actor.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .updateTable('invoices')
    .set((eb) => ({ open_disputes: eb('open_disputes', '+', 1) }))
    .where('id', '=', invoice.id)
    .execute();
  const dispute = await mustLoad(ctx, id);
  await recordAudit(ctx, 'disputes/open', 'dispute', id, null, dispute);
  ctx.emit({ type: 'ledger/changed', customerIds: [invoice.customer_id] });
  return dispute;
};

/** Accepted: a credit note for the disputed part pays the invoice down. Rejected: the invoice is owed as it was. */
export const resolveDispute: Handler<'disputes/resolve'> = async (input, ctx) => {
  const current = await mustLoad(ctx, input.id);
  if (current.status !== 'open') throw fieldError(await ctx.language(), 'conflict', ['id'], 'validation.disputeClosed');
  const day = input.date ?? todayLocal(ctx.now());
  // The dispute no longer holds the invoice back, so the credit note may settle it.
  await ctx.db
    .updateTable('invoices')
    .set((eb) => ({ open_disputes: eb('open_disputes', '-', 1) }))
    .where('id', '=', current.invoiceId)
    .execute();

  let creditNoteId: number | null = null;
  if (input.outcome === 'accepted') {
    const open = await ctx.db
      .selectFrom('invoices')
      .select('open_amount')
      .where('id', '=', current.invoiceId)
      .executeTakeFirstOrThrow();
    const amount = Math.min(input.creditAmount ?? current.amount, open.open_amount);
    if (amount > 0) {
      const note = await issueCreditNote(
        {
          customerId: current.customerId,
          date: day,
          currency: current.currency,
          amount,
          invoiceId: current.invoiceId,
          note: input.note || current.note,
          allocate: 'none',
        },
        ctx,
      );
      creditNoteId = note.id;
    }
  }
  await ctx.db
    .updateTable('disputes')
    .set({
      status: input.outcome,
      resolved_on: day,
      resolution_note: input.note,
      credit_note_id: creditNoteId,
      resolved_by: ctx.actor.name,
    })
    .where('id', '=', input.id)
    .execute();
  const resolved = await mustLoad(ctx, input.id);
  await recordAudit(ctx, 'disputes/resolve', 'dispute', input.id, current, resolved);
  ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
  return resolved;
};

export const listDisputes: Handler<'disputes/list'> = async ({ customerId, invoiceId }, ctx) => {
  let query = disputeSelect(ctx.db);
  if (customerId !== undefined) query = query.where('d.customer_id', '=', customerId);
  if (invoiceId !== undefined) query = query.where('d.invoice_id', '=', invoiceId);
  const rows = await query.orderBy('d.opened_on', 'desc').orderBy('d.id', 'desc').limit(500).execute();
  return rows.map(toDispute);
};
