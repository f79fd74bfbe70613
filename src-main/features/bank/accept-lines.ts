import { todayLocal } from '../../../src-shared/dates/business-date';
import { CONFIDENT, type BankAcceptArgs, type BankAcceptPart } from '../../../src-shared/domain/bank/schemas';
import type { BankAcceptResult, BankLine } from '../../../src-shared/domain/bank/types';
import type { AllocationChoice } from '../../../src-shared/domain/payments/schemas';
import type { HandlerContext } from '../../core/context';
import type { RawHandle } from '../../store/dialect/statements';
import { fieldError } from '../../core/errors';
import { recordAudit } from '../audit/audit-log';
import { recordPayment } from '../payments/handlers';
import { loadLine } from './bank-lines-repo';
import { factsOf } from './line-facts';
import { MatchIndex } from './matching/match-index';
import { namedInvoiceIds } from './matching/match-line';
import { rematchSenders } from './rematch';

/** What a part allocates when the user did not say: the proposal, computed now against the ledger as it is. */
async function defaultAllocation(index: MatchIndex, line: BankLine, part: BankAcceptPart): Promise<AllocationChoice> {
  const named = await namedInvoiceIds(index, factsOf(line), part.customerId);
  const lines = await index.proposal(part.customerId, line.currency, part.amount, named);
  return lines.length > 0 ? lines.map((l) => ({ invoiceId: l.invoiceId, amount: l.amount })) : 'none';
}

/**
 * Records accepted lines as bank-transfer payments, all in dispatch's one transaction: the line's date, the
 * bank's reference, the sender and description as the note, allocated as proposed or as the user chose. A line
 * that is no longer open (accepted or dismissed before, also twice in one call) is skipped, so accepting again
 * never records again. The sender's IBAN is learned for the customer(s), and other open lines from it are
 * matched again.
 */
export async function acceptLines(raw: RawHandle | null, ctx: HandlerContext, args: BankAcceptArgs): Promise<BankAcceptResult> {
  const language = await ctx.language();
  const items = [...args.items];
  if (args.allConfident) {
    let q = ctx.db.selectFrom('bank_lines').select('id').where('status', '=', 'open').where('confidence', '>=', CONFIDENT);
    if (args.accountIban) q = q.where('account_iban', '=', args.accountIban);
    const listed = new Set(items.map((i) => i.lineId));
    for (const { id } of await q.orderBy('booking_date').orderBy('id').execute()) if (!listed.has(id)) items.push({ lineId: id });
  }
  const index = await MatchIndex.build(ctx.db, raw, todayLocal(ctx.now()));
  const stamp = ctx.now().toISOString();
  const learned = new Set<string>();
  const paymentIds: number[] = [];
  let accepted = 0;
  let skipped = 0;
  for (const [i, item] of items.entries()) {
    const line = await loadLine(ctx.db, item.lineId);
    if (!line) throw fieldError(language, 'validation', ['items', i, 'lineId'], 'bank.error.noLine');
    if (line.status !== 'open') {
      skipped += 1;
      continue;
    }
    const parts = item.parts ?? (line.customerId === null ? [] : [{ customerId: line.customerId, amount: line.amount }]);
    if (parts.length === 0) throw fieldError(language, 'validation', ['items', i, 'parts'], 'bank.error.noCustomer');
    if (parts.reduce((a, p) => a + p.amount, 0) !== line.amount) {
      throw fieldError(language, 'validation', ['items', i, 'parts'], 'bank.error.partsSum');
    }
    for (const part of parts) {
      const payment = await recordPayment(ctx, {
        customerId: part.customerId,
        date: line.bookingDate,
        currency: line.currency,
        amount: part.amount,
        method: 'bank_transfer',
        reference: (line.reference || `${line.accountIban.slice(-8)}/${line.bookingDate}`).slice(0, 120),
        note: [line.counterpartyName, line.description]
          .filter((s) => s !== '')
          .join(' — ')
          .slice(0, 2000),
        allocate: part.allocate ?? (await defaultAllocation(index, line, part)),
      });
      paymentIds.push(payment.id);
      index.forget(part.customerId);
      await ctx.db.insertInto('bank_line_payments').values({ line_id: line.id, payment_id: payment.id }).execute();
      if (line.counterpartyIban) {
        await ctx.db
          .insertInto('customer_ibans')
          .values({ iban: line.counterpartyIban, customer_id: part.customerId, source: 'learned', created_at: stamp })
          .onConflict((oc) => oc.doNothing())
          .execute();
        index.learn(line.counterpartyIban, part.customerId);
        learned.add(line.counterpartyIban);
      }
    }
    await ctx.db.updateTable('bank_lines').set({ status: 'accepted', handled_at: stamp }).where('id', '=', line.id).execute();
    await recordAudit(ctx, 'bank/accept', 'bank_line', line.id, line, await loadLine(ctx.db, line.id));
    accepted += 1;
  }
  if (learned.size > 0) await rematchSenders(ctx.db, raw, async () => index, [...learned]);
  return { accepted, skipped, paymentIds };
}
