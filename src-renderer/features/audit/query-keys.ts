import type { AuditEntity } from '../../../src-shared/domain/audit/types';

/** What the change history shows; dates are 'YYYY-MM-DD' or '' for open-ended. */
export interface AuditFilter {
  entity: AuditEntity | null;
  entityId: number | null;
  from: string;
  to: string;
}

/** All audit queries start with 'audit': every change appends to the log. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};
