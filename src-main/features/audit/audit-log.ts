import { createHash } from 'node:crypto';
import type { MethodName } from '../../../src-shared/contract/methods';
import type { AuditEntity } from '../../../src-shared/domain/audit/types';
import type { MessageKey } from '../../../src-shared/i18n/tr';
import type { HandlerContext } from '../../core/context';

/** The entity id of a record there is one of (the company profile, the settings). */
export const SINGLETON_ID = 1;

/** The entity id of a record known by its day (a holiday, a dated interest rate): YYYYMMDD. */
export const dayId = (day: string): number => Number(day.replaceAll('-', ''));

/** The entity id of a record known by a text key (a template's code and language): a stable 31-bit hash. */
export const keyId = (key: string): number => createHash('sha256').update(key).digest().readUInt32BE(0) & 0x7fffffff;

/**
 * A method the audit log may name: one with an `audit.action.*` label, so a new writer cannot log a change that the
 * change history would show as a bare method name.
 */
export type AuditedMethod = Extract<
  MethodName,
  { [K in MessageKey]: K extends `audit.action.${infer M}` ? M : never }[MessageKey]
>;

/**
 * Appends one change to the audit log, in the caller's transaction: the change and its record commit or
 * roll back together. The table refuses UPDATE and DELETE (triggers), so history cannot be rewritten.
 */
export async function recordAudit(
  ctx: Pick<HandlerContext, 'db' | 'now' | 'actor'>,
  /** The method that made the change, by its current name (typed, so a renamed method cannot log its old name). */
  action: AuditedMethod,
  entity: AuditEntity,
  entityId: number,
  before: unknown,
  after: unknown,
): Promise<void> {
  await ctx.db
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      actor: ctx.actor.account,
      actor_name: ctx.actor.name,
      action,
      entity,
      entity_id: entityId,
      before: before === undefined || before === null ? null : JSON.stringify(before),
      after: after === undefined || after === null ? null : JSON.stringify(after),
    })
    .execute();
}
