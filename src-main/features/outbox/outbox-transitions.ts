import type { Updateable } from 'kysely';
import type { OutboxStatus } from '../../../src-shared/domain/outbox/schemas';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';
import type { OutboxMessagesTable } from '../../store/tables/outbox';
import { getOutboxMessage } from './outbox-repo';

/** A state change allowed only from some states; anything else is a conflict the user is told about. */
export async function transition(
  ctx: HandlerContext,
  id: number,
  from: readonly OutboxStatus[],
  changes: Updateable<OutboxMessagesTable>,
) {
  const current = await getOutboxMessage(ctx.db, id);
  if (!from.includes(current.status))
    throw fieldError(await ctx.language(), 'conflict', ['id'], 'outbox.error.wrongStatus', { status: current.status });
  await ctx.db.updateTable('outbox_messages').set(changes).where('id', '=', id).execute();
  ctx.emit({ type: 'outbox/changed', queued: changes.status === 'queued' });
  return getOutboxMessage(ctx.db, id);
}

/** An e-mail a reminder step held for approval goes out (the Outbox page and the Reminders approvals tab). */
export const approveOutboxMessage = (ctx: HandlerContext, id: number) =>
  transition(ctx, id, ['awaiting_approval'], { status: 'queued', next_attempt_at: ctx.now().toISOString() });

export const rejectOutboxMessage = (ctx: HandlerContext, id: number) =>
  transition(ctx, id, ['awaiting_approval'], { status: 'cancelled' });
