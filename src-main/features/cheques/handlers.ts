import { todayLocal } from '../../../src-shared/dates/business-date';
import { allowedNext, reversesPayment } from '../../../src-shared/domain/cheques/lifecycle';
import { translate } from '../../../src-shared/i18n/translate';
import { fieldError } from '../../core/errors';
import type { DomainHandlers, Handler } from '../../core/registry';
import { recordAudit } from '../audit/audit-log';
import { loadPayment } from '../payments/payments-repo';
import { assertNotFuture, recordPayment, reversePayment } from '../payments/handlers';
import { listCheques } from './cheques-list';
import { mustLoadCheque } from './cheques-repo';
import { chequeSummary } from './cheques-summary';

/** Receiving a cheque or note records a payment of its method, allocated like any other, and links it. */
const recordCheque: Handler<'cheques/record'> = async (input, ctx) => {
  await assertNotFuture(ctx, input.receivedOn, ['receivedOn']);
  const payment = await recordPayment(ctx, {
    customerId: input.customerId,
    date: input.receivedOn,
    currency: input.currency,
    amount: input.amount,
    method: input.kind === 'cheque' ? 'cheque' : 'promissory_note',
    reference: input.serialNumber,
    note: input.note,
    allocate: input.allocate,
  });
  const stamp = ctx.now().toISOString();
  const { id } = await ctx.db
    .insertInto('cheques')
    .values({
      kind: input.kind,
      customer_id: input.customerId,
      payment_id: payment.id,
      serial_number: input.serialNumber,
      bank: input.kind === 'cheque' ? input.bank : '',
      branch: input.kind === 'cheque' ? input.branch : '',
      drawer: input.drawer,
      endorsers: JSON.stringify(input.endorsers),
      issue_place: input.issuePlace,
      issue_date: input.issueDate,
      due_date: input.dueDate,
      amount: input.amount,
      currency: input.currency,
      status: 'portfolio',
      status_date: input.receivedOn,
      counterparty: '',
      received_on: input.receivedOn,
      note: input.note,
      created_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('cheque_events')
    .values({
      cheque_id: id,
      customer_id: input.customerId,
      from_status: null,
      to_status: 'portfolio',
      date: input.receivedOn,
      note: input.note,
      counterparty: '',
      created_at: stamp,
      created_by: ctx.actor.name,
    })
    .execute();
  const cheque = await mustLoadCheque(ctx, id);
  await recordAudit(ctx, 'cheques/record', 'cheque', id, null, cheque);
  return cheque;
};

/**
 * One step along the allowed graph, dated no earlier than the last one and not in the future. A bounce,
 * protest or return takes the money back: the linked payment is reversed through the payments' own path,
 * so its invoices get back exactly what it had settled and the customer's risk segment is worked out again.
 */
const transitionCheque: Handler<'cheques/transition'> = async (input, ctx) => {
  const current = await mustLoadCheque(ctx, input.id);
  const language = await ctx.language();
  if (!allowedNext(current.kind, current.status).includes(input.to))
    throw fieldError(language, 'validation', ['to'], 'cheques.validation.transition', {
      from: translate(language, `cheques.status.${current.status}`),
      to: translate(language, `cheques.status.${input.to}`),
    });
  if (input.date > todayLocal(ctx.now())) throw fieldError(language, 'validation', ['date'], 'validation.futureDate');
  if (input.date < current.statusDate)
    throw fieldError(language, 'validation', ['date'], 'cheques.validation.beforeLastStep', { date: current.statusDate });
  if (input.to === 'endorsed' && input.counterparty === '')
    throw fieldError(language, 'validation', ['counterparty'], 'cheques.validation.supplierRequired');

  const stamp = ctx.now().toISOString();
  await ctx.db
    .updateTable('cheques')
    .set({ status: input.to, status_date: input.date, counterparty: input.counterparty })
    .where('id', '=', input.id)
    .execute();
  await ctx.db
    .insertInto('cheque_events')
    .values({
      cheque_id: input.id,
      customer_id: current.customerId,
      from_status: current.status,
      to_status: input.to,
      date: input.date,
      note: input.note,
      counterparty: input.counterparty,
      created_at: stamp,
      created_by: ctx.actor.name,
    })
    .execute();
  if (reversesPayment(input.to)) {
    const payment = await loadPayment(ctx.db, current.paymentId);
    if (payment && !payment.reversedAt) {
      const reason = translate(language, `cheques.reversalReason.${input.to}`, {
        kind: translate(language, `cheques.kind.${current.kind}`),
        serial: current.serialNumber,
      });
      await reversePayment(ctx, payment.id, reason);
    }
  }
  // The timeline shows the step even when no money moved.
  ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
  const updated = await mustLoadCheque(ctx, input.id);
  await recordAudit(ctx, 'cheques/transition', 'cheque', input.id, current, updated);
  return updated;
};

export const chequesHandlers: DomainHandlers<'cheques'> = {
  'cheques/record': recordCheque,
  'cheques/transition': transitionCheque,
  'cheques/get': ({ id }, ctx) => mustLoadCheque(ctx, id),
  'cheques/list': (query, ctx) => listCheques(ctx.db, query),
  'cheques/summary': chequeSummary,
};
