import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';
import { chequeKeys } from './query-keys';

const PAGE = 100;

/** The portfolio by due date, soonest first, a page at a time. */
export const useChequeList = (filter: Omit<MethodInput<'cheques/list'>, 'cursor' | 'limit'>) =>
  useInfiniteQuery({
    queryKey: chequeKeys.list(filter),
    queryFn: ({ pageParam }) => send('cheques/list', { ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useChequeSummary = () => useQuery({ queryKey: chequeKeys.summary(), queryFn: () => send('cheques/summary', {}) });

export const useCheque = (id: number) =>
  useQuery({ queryKey: chequeKeys.detail(id), queryFn: () => send('cheques/get', { id }), enabled: id > 0 });
