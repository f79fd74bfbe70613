import { isBusinessDate } from '../../../src-shared/dates/business-date';
import { AUDIT_ENTITIES } from '../../../src-shared/domain/audit/schemas';
import { idParam } from '../../lib/use-route-id';
import { oneOf, useUrlFilter } from '../../lib/use-url-filter';
import type { AuditFilter } from './query-keys';

const dateParam = (params: URLSearchParams, name: string) => {
  const value = params.get(name) ?? '';
  return isBusinessDate(value) ? value : '';
};

function parseFilter(params: URLSearchParams): AuditFilter {
  const entity = oneOf(AUDIT_ENTITIES, params.get('entity')) ?? null;
  return {
    entity,
    entityId: entity ? idParam(params, 'id') : null,
    from: dateParam(params, 'from'),
    to: dateParam(params, 'to'),
  };
}

function toParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.entity) params.set('entity', filter.entity);
  if (filter.entity && filter.entityId) params.set('id', String(filter.entityId));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params;
}

/** The change history of one record (a customer card's, an invoice's link) or of everything. */
export const auditLogPath = (patch: Partial<AuditFilter>): string => {
  const query = toParams({ entity: null, entityId: null, from: '', to: '', ...patch }).toString();
  return query ? `/reports/audit?${query}` : '/reports/audit';
};

export const useAuditFilter = () => useUrlFilter(parseFilter, toParams);
