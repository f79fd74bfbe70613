import type { AuditEntity } from '../../../src-shared/domain/audit/types';
import type { HandlerContext } from '../../core/context';

/**
 * Appends one change to the audit log, in the caller's transaction: the change and its record commit or
 * roll back together. The table refuses UPDATE and DELETE (triggers), so history cannot be rewritten.
 */
export async function recordAudit(
  ctx: Pick<HandlerContext, 'db' | 'now' | 'actor'>,
  action: string,
  entity: AuditEntity,
  entityId: number,
  before: unknown,
  after: unknown,
): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      action,
      entity,
      entity_id: entityId,
      before: before === undefined || before === null ? null : JSON.stringify(before),
      after: after === undefined || after === null ? null : JSON.stringify(after),
    })
    .execute();
}
