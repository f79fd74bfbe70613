import { useWindowEvent } from '@mantine/hooks';
import { useBlocker } from 'react-router';
import { transportKind } from '../api/client';
import { useT } from '../i18n/i18n-context';
import { ConfirmModal } from './confirm-modal';

/**
 * Asks before leaving a form with unsaved changes. `shouldBlock` is read at navigation time, so a
 * form can allow its own navigation after a successful save.
 */
export function UnsavedChangesGuard({ shouldBlock }: { shouldBlock: () => boolean }) {
  const t = useT();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && shouldBlock(),
  );

  // Closing or reloading the tab in browser mode. Electron ignores a refused unload unless its main
  // process handles 'will-prevent-unload', and a window that silently refuses to close is worse.
  useWindowEvent('beforeunload', (event) => {
    if (transportKind() === 'bridge' && shouldBlock()) event.preventDefault();
  });

  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      title={t('common.unsavedTitle')}
      message={t('common.unsavedChanges')}
      confirmLabel={t('common.leave')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
