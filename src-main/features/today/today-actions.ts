import type { MethodArgs } from '../../../src-shared/contract/methods';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { CallOutcome } from '../../../src-shared/domain/collections/schemas';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';
import { logActivity } from '../collections/activities';
import { createPromise } from '../collections/promises';

type Row = { customerId: number; taskId?: number | undefined };

/** Finishes a row: the task, or for a customer without one a task written as done, so it stays off today. */
async function finishRow(ctx: HandlerContext, row: Row, status: 'done' | 'skipped', outcome: string | null) {
  const at = ctx.now().toISOString();
  if (row.taskId !== undefined) {
    const updated = await ctx.db
      .updateTable('reminder_tasks')
      .set({ status, outcome, done_at: at })
      .where('id', '=', row.taskId)
      .where('customer_id', '=', row.customerId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw fieldError(await ctx.language(), 'conflict', ['taskId'], 'today.error.taskClosed');
  } else {
    const today = todayLocal(ctx.now());
    await ctx.db
      .insertInto('reminder_tasks')
      .values({
        idempotency_key: `today:${row.customerId}:${today}`,
        customer_id: row.customerId,
        channel: 'call',
        title: translate(await ctx.language(), 'today.taskTitle'),
        due_on: today,
        status,
        outcome,
        outbox_message_id: null,
        created_at: at,
        done_at: at,
      })
      .onConflict((oc) => oc.column('idempotency_key').doUpdateSet({ status, outcome, done_at: at }))
      .execute();
  }
  ctx.emit({ type: 'today/changed' });
}

const ACTIVITY_OUTCOME: Record<NonNullable<MethodArgs<'today/complete'>['outcome']>, CallOutcome> = {
  reached: 'reached',
  promised: 'promised',
  disputed: 'disputed',
  no_answer: 'no_answer',
};

/**
 * What the collector did lands on the customer's timeline through the collections methods (an activity with its
 * outcome; a promise to pay), in the same transaction as taking the row off today.
 */
export async function completeRow(input: MethodArgs<'today/complete'>, ctx: HandlerContext): Promise<{ done: true }> {
  const language = await ctx.language();
  const summary =
    input.action === 'call'
      ? translate(language, `today.summary.call.${input.outcome ?? 'reached'}`)
      : translate(language, `today.summary.${input.action}`);
  const task =
    input.taskId === undefined
      ? undefined
      : await ctx.db.selectFrom('reminder_tasks').select('message_text').where('id', '=', input.taskId).executeTakeFirst();
  await logActivity(
    {
      customerId: input.customerId,
      kind: input.action === 'visit' ? 'meeting' : input.action,
      summary,
      body: [input.note, input.action === 'call' ? '' : (task?.message_text ?? '')].filter(Boolean).join('\n\n'),
      outcome: input.outcome ? ACTIVITY_OUTCOME[input.outcome] : undefined,
    },
    ctx,
  );
  if (input.outcome === 'promised' && input.promise) {
    await createPromise({ customerId: input.customerId, ...input.promise, note: input.note }, ctx);
  }
  await finishRow(ctx, input, 'done', input.outcome ?? input.action);
  return { done: true };
}

export async function skipRow(input: MethodArgs<'today/skip'>, ctx: HandlerContext): Promise<{ skipped: true }> {
  await finishRow(ctx, input, 'skipped', null);
  return { skipped: true };
}
