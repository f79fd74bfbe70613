import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';
import { calendarKeys } from './query-keys';

type ItemsArgs = Omit<MethodInput<'calendar/items'>, 'cursor' | 'limit' | 'perDay'>;

/** A grid's days: the largest `perDay` items of each and every day's totals. The last grid stays while the next loads. */
export const useCalendarGrid = (args: ItemsArgs, perDay: number) =>
  useQuery({
    queryKey: calendarKeys.grid({ ...args, perDay }),
    queryFn: () => send('calendar/items', { ...args, perDay }),
    placeholderData: keepPreviousData,
  });

const PAGE = 200;

/** Every item of the range in day order, a page at a time (the agenda, and a day's full list). */
export const useCalendarList = (args: ItemsArgs) =>
  useInfiniteQuery({
    queryKey: calendarKeys.list(args),
    queryFn: ({ pageParam }) => send('calendar/items', { ...args, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
