import { numberedAfter } from '../../store/dialect/text-patterns';
import type { CreditNoteCreate } from '../../../src-shared/domain/payments/schemas';
import type { Payment } from '../../../src-shared/domain/payments/types';
import type { HandlerContext } from '../../core/context';
import type { DomainHandlers } from '../../core/registry';
import { fieldError } from '../../core/errors';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';
import { invoiceFactsByIds } from '../invoices/invoices-repo';
import { allocateCredit } from './allocate-credit';
import { assertNotFuture, mustLoadPayment } from './handlers';
import { insertCredit } from './payments-repo';
import type { Db } from '../../store/schema';

/** The next number of the IAD<year><9 digits> credit-note series. */
async function suggestCreditNoteNumber(db: Db, year: string): Promise<string> {
  const prefix = `IAD${year}`;
  const row = await db
    .selectFrom('payments')
    .select('number')
    .where('kind', '=', 'credit_note')
    .where(numberedAfter(db, 'number', prefix, 9))
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const next = row?.number ? Number(row.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(9, '0')}`;
}

/** Issues a credit note (also used when a dispute is accepted); the corrected invoice is paid first. */
export async function issueCreditNote(input: CreditNoteCreate, ctx: HandlerContext): Promise<Payment> {
  await requireCustomer(ctx, input.customerId);
  await assertNotFuture(ctx, input.date, ['date']);
  const language = await ctx.language();
  const number = input.number ?? (await suggestCreditNoteNumber(ctx.db, input.date.slice(0, 4)));
  const taken = await ctx.db
    .selectFrom('payments')
    .select('id')
    .where('kind', '=', 'credit_note')
    .where('number', '=', number)
    .executeTakeFirst();
  if (taken) throw fieldError(language, 'conflict', ['number'], 'validation.numberTaken');

  const first = [];
  if (input.invoiceId !== undefined) {
    const [invoice] = await invoiceFactsByIds(ctx.db, [input.invoiceId]);
    if (!invoice) throw fieldError(language, 'validation', ['invoiceId'], 'validation.unknownInvoice');
    if (invoice.customerId !== input.customerId)
      throw fieldError(language, 'validation', ['invoiceId'], 'validation.otherCustomer');
    if (invoice.currency !== input.currency) {
      throw fieldError(language, 'validation', ['currency'], 'validation.currencyMismatch', { expected: invoice.currency });
    }
    const amount = Math.min(invoice.openAmount, input.amount);
    if (amount > 0) first.push({ invoiceId: invoice.id, amount });
  }
  const id = await insertCredit(
    ctx.db,
    {
      kind: 'credit_note',
      customerId: input.customerId,
      number,
      date: input.date,
      currency: input.currency,
      amount: input.amount,
      method: null,
      reference: '',
      note: input.note,
      invoiceId: input.invoiceId ?? null,
    },
    ctx.now(),
  );
  await allocateCredit(
    ctx,
    id,
    { customerId: input.customerId, currency: input.currency, available: input.amount },
    input.allocate,
    input.date,
    first,
  );
  const note = await mustLoadPayment(ctx, id);
  await recordAudit(ctx, 'creditNotes/create', 'credit_note', id, null, note);
  ctx.emit({ type: 'ledger/changed', customerIds: [input.customerId] });
  return note;
}

export const creditNotesHandlers: DomainHandlers<'creditNotes'> = {
  'creditNotes/create': issueCreditNote,
};
