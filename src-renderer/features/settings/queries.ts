import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-shared/domain/settings/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { send } from '../../api/client';

export const settingsKeys = {
  all: ['settings'] as const,
  system: ['system', 'info'] as const,
};

export const useSettings = () =>
  useQuery({ queryKey: settingsKeys.all, queryFn: () => send('settings/get', {}), staleTime: Infinity });

export const useSystemInfo = () =>
  useQuery({ queryKey: settingsKeys.system, queryFn: () => send('system/info', {}), staleTime: Infinity });

/** Switches the language at once (optimistically) and rolls back if the backend refuses. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => send('settings/update', { language }),
    onMutate: async (language) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.all });
      const previous = queryClient.getQueryData<Settings>(settingsKeys.all);
      queryClient.setQueryData<Settings>(settingsKeys.all, { ...DEFAULT_SETTINGS, ...previous, language });
      return { previous };
    },
    onError: (_error, _language, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.all, context.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.all, settings),
  });
}

/** Skips (true) or offers again (false) the first-run setup of the open company. */
export function useSetupDismissed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (setupDismissed: boolean) => send('settings/update', { setupDismissed }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKeys.all, settings),
  });
}
