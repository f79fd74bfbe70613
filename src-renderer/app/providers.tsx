import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-provider';
import { useEventSync } from './event-sync';
import { createQueryClient } from './query-client';
import { theme } from './theme';

function EventSync() {
  useEventSync();
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <EventSync />
      <MantineProvider theme={theme} forceColorScheme="light">
        <Notifications position="top-right" autoClose={4000} />
        <I18nProvider>{children}</I18nProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
