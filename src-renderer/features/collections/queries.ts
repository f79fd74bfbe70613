import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { send } from '../../api/client';
import { collectionKeys } from './query-keys';

/** Entries per timeline page: a screenful and some; older ones come with "show older". */
export const TIMELINE_PAGE = 30;

export const useTimeline = (customerId: number) =>
  useInfiniteQuery({
    queryKey: collectionKeys.timeline(customerId),
    queryFn: ({ pageParam }) =>
      send('customers/timeline', { id: customerId, limit: TIMELINE_PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const usePromises = (customerId: number) =>
  useQuery({ queryKey: collectionKeys.promises(customerId), queryFn: () => send('promises/list', { customerId }) });

/** A customer's disputes, newest first; given an invoice, only that invoice's. */
export const useDisputes = (customerId: number, invoiceId?: number) =>
  useQuery({
    queryKey: collectionKeys.disputes(customerId, invoiceId),
    queryFn: () => send('disputes/list', invoiceId === undefined ? { customerId } : { invoiceId }),
  });

export const useCustomerRisk = (customerId: number) =>
  useQuery({ queryKey: collectionKeys.risk(customerId), queryFn: () => send('customers/risk', { id: customerId }) });
