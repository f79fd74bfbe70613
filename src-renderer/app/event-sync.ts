import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AppEvent } from '../../src-shared/contract/events';
import { onEvent } from '../api/client';
import { customerKeys } from '../features/customers/query-keys';
import { settingsKeys } from '../features/settings/queries';

/** The one place that says which cached queries an event makes stale. */
function invalidateFor(event: AppEvent, queryClient: QueryClient): void {
  switch (event.type) {
    case 'customers/changed':
      void queryClient.invalidateQueries({ queryKey: customerKeys.all });
      return;
    case 'settings/changed':
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      return;
  }
}

/** Subscribes to the backend's push events for the life of the app (this window, any door). */
export function useEventSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => onEvent((event) => invalidateFor(event, queryClient)), [queryClient]);
}
