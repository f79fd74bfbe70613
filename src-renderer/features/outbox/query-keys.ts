import type { OutboxStatus } from '../../../src-shared/domain/outbox/schemas';

/** Everything of the outbox sits under one key: an `outbox/changed` event refreshes it all. */
export const outboxKeys = {
  all: ['outbox'] as const,
  list: (status: OutboxStatus | null) => [...outboxKeys.all, 'list', status ?? 'all'] as const,
  message: (id: number) => [...outboxKeys.all, 'message', id] as const,
  counts: () => [...outboxKeys.all, 'counts'] as const,
  settings: () => [...outboxKeys.all, 'settings'] as const,
};
