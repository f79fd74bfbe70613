import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { send } from '../../api/client';
import { paymentKeys } from './query-keys';

const paymentQuery = (id: number) => ({
  queryKey: paymentKeys.detail(id),
  queryFn: () => send('payments/get', { id }),
});

/** One payment or credit note with its allocations. */
export const usePayment = (id: number | null) => useQuery({ ...paymentQuery(id ?? 0), enabled: id !== null });

/** Several at once (the credits matched to one invoice), each cached as its own detail. */
export const usePayments = (ids: number[]) => useQueries({ queries: ids.map(paymentQuery) });

/** Rows per page of a customer's payments on the card; older ones come with "show older". */
export const CARD_PAYMENTS_PAGE = 20;

/** A customer's payments and credit notes, newest first, reversed ones included (struck through). */
export const useCustomerPayments = (customerId: number) =>
  useInfiniteQuery({
    queryKey: paymentKeys.ofCustomer(customerId),
    queryFn: ({ pageParam }) =>
      send('payments/list', { customerId, limit: CARD_PAYMENTS_PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
