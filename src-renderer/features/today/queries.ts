import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';
import { todayKeys } from './query-keys';

const PAGE = 100;

export const useTodayList = () =>
  useInfiniteQuery({
    queryKey: todayKeys.list(),
    queryFn: ({ pageParam }) => send('today/list', { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useCompleteToday = () =>
  useMutation({ mutationFn: (input: MethodInput<'today/complete'>) => send('today/complete', input) });
export const useSkipToday = () => useMutation({ mutationFn: (input: MethodInput<'today/skip'>) => send('today/skip', input) });
