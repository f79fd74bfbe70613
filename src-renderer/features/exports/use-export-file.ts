import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { ExportFileResult } from '../../../src-shared/domain/exports/contract';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/i18n-context';

/** Runs a backend export (the backend asks where to save, or uses the exports folder) and says where it went. */
export function useExportFile<A>(run: (args: A) => Promise<ExportFileResult>) {
  const t = useT();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (result.status === 'written') {
        notifications.show({
          color: 'teal',
          message: t('exports.written', { path: result.path, rows: result.rows }),
          autoClose: 8000,
        });
      }
    },
    onError: (error) => notifications.show({ color: 'red', title: t('exports.failed'), message: describeError(error, t) }),
  });
}
