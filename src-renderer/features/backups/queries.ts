import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import type { BackupSettingsInput } from '../../../src-shared/domain/backups/schemas';
import { send } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { describeError } from '../../i18n/describe-error';

export const backupKeys = {
  all: ['backups'] as const,
  status: ['backups', 'status'] as const,
  list: ['backups', 'list'] as const,
};

export const useBackupStatus = () => useQuery({ queryKey: backupKeys.status, queryFn: () => send('backups/status', {}) });
export const useBackupList = () => useQuery({ queryKey: backupKeys.list, queryFn: () => send('backups/list', {}) });

/** A backup action: refreshes the backup queries after, says what happened or what went wrong. */
function useBackupAction<A>(run: (args: A) => Promise<unknown>, doneMessage: string) {
  const queryClient = useQueryClient();
  const t = useT();
  return useMutation({
    mutationFn: run,
    onSuccess: () => notifications.show({ color: 'teal', message: doneMessage }),
    onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  });
}

export function useBackupNow() {
  const t = useT();
  return useBackupAction(() => send('backups/create', {}), t('backups.created'));
}

export function useVerifyBackup() {
  const t = useT();
  return useBackupAction((name: string) => send('backups/verify', { name }), t('backups.checked'));
}

export function useSaveBackupSettings() {
  const t = useT();
  return useBackupAction((settings: BackupSettingsInput) => send('backups/settings', settings), t('backups.settingsSaved'));
}

export function useRestoreBackup() {
  const t = useT();
  return useBackupAction((args: { name: string; password?: string }) => send('backups/restore', args), t('backups.restored'));
}

export function useRestoreLatest() {
  const t = useT();
  return useBackupAction(() => send('backups/restore-latest', {}), t('backups.restored'));
}

export function useUndoRestore() {
  const t = useT();
  return useBackupAction(() => send('backups/undo-restore', {}), t('backups.undone'));
}
