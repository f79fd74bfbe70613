import type { DomainHandlers } from '../../core/registry';
import { listAudit } from './audit-list';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit/list': (query, ctx) => listAudit(ctx.db, query),
};
