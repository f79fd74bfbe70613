import { query } from '../../contract/method';
import { auditListInput } from './schemas';
import type { AuditPage } from './types';

export const auditContract = {
  'audit/list': query<AuditPage>()(
    auditListInput,
    'The audit log newest first, keyset-paged: who changed what and when, with the fields before and after',
  ),
};
