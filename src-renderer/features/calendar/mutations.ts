import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { send } from '../../api/client';
import { calendarKeys } from './query-keys';

/** The card, timeline and the rest refresh through `ledger/changed`; the calendar right away. */
export function useReschedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'calendar/reschedule'>) => send('calendar/reschedule', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
