import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { send } from '../../api/client';
import { auditKeys, type AuditFilter } from './query-keys';

export const AUDIT_PAGE_SIZE = 50;

/** The change history newest first, a page at a time. An end before the start asks for nothing. */
export const useAuditLog = (filter: AuditFilter) =>
  useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) =>
      send('audit/list', {
        limit: AUDIT_PAGE_SIZE,
        ...(filter.entity ? { entity: filter.entity } : {}),
        ...(filter.entity && filter.entityId ? { entityId: filter.entityId } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled: !(filter.from && filter.to && filter.to < filter.from),
  });
