import { todayLocal } from '../../../src-shared/dates/business-date';
import type { CalendarReschedule } from '../../../src-shared/domain/calendar/schemas';
import type { RescheduleResult } from '../../../src-shared/domain/calendar/types';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';
import { documentText } from '../../documents/document-format';
import { recordAudit } from '../audit/audit-log';
import { mustLoad } from '../collections/promises';
import { LIVE_PLAN_STATUSES } from '../receivables/receivable-rules';

type Moved = RescheduleResult & { summary: string };

/** An unpaid instalment of a running plan, to a day strictly between the instalments before and after it. */
async function moveInstalment(ctx: HandlerContext, input: CalendarReschedule): Promise<Moved> {
  const language = await ctx.language();
  const row = await ctx.db
    .selectFrom('plan_instalments as n')
    .innerJoin('payment_plans as p', 'p.id', 'n.plan_id')
    .select(['n.id', 'n.plan_id', 'n.seq', 'n.due_date', 'n.amount', 'n.paid_amount', 'n.customer_id', 'n.currency', 'p.status'])
    .where('n.id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw notFound(`Instalment ${input.id} does not exist`);
  if (!(LIVE_PLAN_STATUSES as readonly string[]).includes(row.status))
    throw fieldError(language, 'conflict', ['id'], 'calendar.validation.planClosed');
  if (row.paid_amount >= row.amount) throw fieldError(language, 'conflict', ['id'], 'calendar.validation.instalmentPaid');
  if (input.date === row.due_date) throw fieldError(language, 'validation', ['date'], 'calendar.validation.sameDay');
  const neighbour = (side: '<' | '>') =>
    ctx.db
      .selectFrom('plan_instalments')
      .select('due_date')
      .where('plan_id', '=', row.plan_id)
      .where('seq', side, row.seq)
      .orderBy('seq', side === '<' ? 'desc' : 'asc')
      .limit(1)
      .executeTakeFirst();
  const [before, after] = [await neighbour('<'), await neighbour('>')];
  const text = documentText(language, ctx.now());
  if (before && input.date <= before.due_date)
    throw fieldError(language, 'validation', ['date'], 'calendar.validation.afterPrevious', { date: text.date(before.due_date) });
  if (after && input.date >= after.due_date)
    throw fieldError(language, 'validation', ['date'], 'calendar.validation.beforeNext', { date: text.date(after.due_date) });

  await ctx.db.updateTable('plan_instalments').set({ due_date: input.date }).where('id', '=', row.id).execute();
  const snapshot = (dueDate: string) => ({
    planId: row.plan_id,
    seq: row.seq,
    dueDate,
    amount: row.amount,
    paidAmount: row.paid_amount,
    currency: row.currency,
  });
  await recordAudit(ctx, 'calendar/reschedule', 'instalment', row.id, snapshot(row.due_date), snapshot(input.date));
  return {
    kind: 'instalment',
    id: row.id,
    customerId: row.customer_id,
    from: row.due_date,
    to: input.date,
    summary: text.t('calendar.timeline.instalmentMoved', {
      seq: row.seq,
      plan: row.plan_id,
      from: text.date(row.due_date),
      to: text.date(input.date),
    }),
  };
}

/** A pending promise to a day that has not passed; the payments counted towards it follow the new day. */
async function movePromise(ctx: HandlerContext, input: CalendarReschedule): Promise<Moved> {
  const language = await ctx.language();
  const today = todayLocal(ctx.now());
  const promise = await mustLoad(ctx, input.id);
  if (promise.status !== 'pending') throw fieldError(language, 'conflict', ['id'], 'validation.promiseClosed');
  if (input.date < today) throw fieldError(language, 'validation', ['date'], 'calendar.validation.pastDay');
  if (input.date === promise.promisedDate) throw fieldError(language, 'validation', ['date'], 'calendar.validation.sameDay');

  await ctx.db.updateTable('promises').set({ promised_date: input.date }).where('id', '=', promise.id).execute();
  const moved = await mustLoad(ctx, promise.id);
  await recordAudit(ctx, 'calendar/reschedule', 'promise', promise.id, promise, moved);
  const text = documentText(language, ctx.now());
  return {
    kind: 'promise',
    id: promise.id,
    customerId: promise.customerId,
    from: promise.promisedDate,
    to: input.date,
    summary: text.t('calendar.timeline.promiseMoved', {
      amount: text.money(promise.amount, promise.currency),
      from: text.date(promise.promisedDate),
      to: text.date(input.date),
    }),
  };
}

/**
 * Moves an instalment or a promise and notes it on the customer's timeline (an activity of kind note, in the
 * user's language, the note as its body) and in the audit log, all in the dispatcher's one transaction.
 */
export const calendarReschedule: Handler<'calendar/reschedule'> = async (input, ctx) => {
  const { summary, ...moved } = input.kind === 'instalment' ? await moveInstalment(ctx, input) : await movePromise(ctx, input);
  const at = ctx.now().toISOString();
  const { id } = await ctx.db
    .insertInto('activities')
    .values({
      customer_id: moved.customerId,
      kind: 'note',
      occurred_at: at,
      summary,
      body: input.note,
      outcome: null,
      invoice_id: null,
      created_at: at,
      created_by: ctx.actor.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, 'calendar/reschedule', 'activity', id, null, { customerId: moved.customerId, kind: 'note', summary });
  ctx.emit({ type: 'ledger/changed', customerIds: [moved.customerId] });
  return moved;
};
