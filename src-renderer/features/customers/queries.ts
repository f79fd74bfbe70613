import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { send } from '../../api/client';
import { customerKeys, type CustomerListFilter } from './query-keys';

/** Rows per request: large enough to scroll smoothly, small enough to answer in a few milliseconds. */
export const CUSTOMER_PAGE_SIZE = 200;

export const useCustomerList = (filter: CustomerListFilter) =>
  useInfiniteQuery({
    queryKey: customerKeys.list(filter),
    queryFn: ({ pageParam }) =>
      send('customers/list', {
        search: filter.search,
        status: filter.status,
        sort: filter.sort,
        limit: CUSTOMER_PAGE_SIZE,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.risk ? { risk: filter.risk } : {}),
        ...(filter.currency ? { currency: filter.currency } : {}),
        ...(filter.overdueOnly ? { overdueOnly: true } : {}),
        ...(filter.minBalance !== null ? { minBalance: filter.minBalance } : {}),
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Keep showing the previous rows while a new search is on its way: no flicker while typing.
    placeholderData: keepPreviousData,
  });

/** Whether any customer exists at all (archived included): tells "no customers yet" from "no match". */
export const useAnyCustomerExists = (enabled: boolean) =>
  useQuery({
    queryKey: customerKeys.exists(),
    queryFn: async () => (await send('customers/list', { status: 'all', limit: 1 })).total > 0,
    enabled,
  });

export const useCustomer = (id: number | null) =>
  useQuery({
    queryKey: customerKeys.detail(id ?? 0),
    queryFn: () => send('customers/get', { id: id ?? 0 }),
    enabled: id !== null,
  });

export const useSuggestedCode = () =>
  useQuery({
    queryKey: customerKeys.suggestedCode(),
    queryFn: () => send('customers/suggest-code', {}),
    staleTime: 0,
    gcTime: 0,
  });

/** What the customer owes, per currency, today: balance, overdue, aging and credit-limit use. */
export const useCustomerAccount = (id: number | null) =>
  useQuery({
    queryKey: customerKeys.account(id ?? 0),
    queryFn: () => send('customers/account', { id: id ?? 0 }),
    enabled: id !== null,
  });

/** Rows the customer picker offers for a search: active customers, best match first. */
export const PICKER_LIMIT = 30;

export const useCustomerOptions = (search: string) =>
  useQuery({
    queryKey: customerKeys.picker(search),
    queryFn: () => send('customers/list', { search, status: 'active', sort: 'title', limit: PICKER_LIMIT }),
    placeholderData: keepPreviousData,
  });
