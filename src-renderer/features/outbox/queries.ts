import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../src-shared/contract/methods';
import type { OutboxStatus } from '../../../src-shared/domain/outbox/schemas';
import { send } from '../../api/client';
import { outboxKeys } from './query-keys';

const PAGE = 50;

export const useOutboxList = (status: OutboxStatus | null) =>
  useInfiniteQuery({
    queryKey: outboxKeys.list(status),
    queryFn: ({ pageParam }) =>
      send('outbox/list', { limit: PAGE, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const useOutboxMessage = (id: number) =>
  useQuery({ queryKey: outboxKeys.message(id), queryFn: () => send('outbox/get', { id }) });

export const useOutboxCounts = () => useQuery({ queryKey: outboxKeys.counts(), queryFn: () => send('outbox/counts', {}) });

export const useSmtpSettings = () =>
  useQuery({ queryKey: outboxKeys.settings(), queryFn: () => send('outbox/settings', {}) });

/** Outbox changes refresh the screen through the `outbox/changed` event (app/event-sync.ts). */
const useSend = <M extends MethodName>(method: M) => useMutation({ mutationFn: (input: MethodInput<M>) => send(method, input) });

export const useOutboxAction = (action: 'retry' | 'cancel' | 'approve' | 'reject') => useSend(`outbox/${action}`);
export const useSendNow = () => useSend('outbox/send-now');
export const useTestSend = () => useSend('outbox/send-test');
export const useSaveSmtpSettings = () => useSend('outbox/update-settings');
export const useEnqueueManual = () => useSend('outbox/enqueue-manual');
