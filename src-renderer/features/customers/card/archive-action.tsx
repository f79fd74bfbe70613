import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import type { Customer } from '../../../../src-shared/domain/customers/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { describeError } from '../../../i18n/describe-error';
import { useT } from '../../../i18n/i18n-context';
import { useArchiveCustomer } from '../mutations';

/** Archiving hides a card from the everyday list (after a confirm); unarchiving needs no confirm. */
export function ArchiveAction({ customer }: { customer: Customer }) {
  const t = useT();
  const [confirming, confirm] = useDisclosure(false);
  const archive = useArchiveCustomer();
  const archived = customer.archivedAt !== null;

  const run = (next: boolean) =>
    archive.mutate(
      { id: customer.id, archived: next },
      {
        onSuccess: () => {
          confirm.close();
          notifications.show({ color: 'teal', message: t(next ? 'customers.archivedToast' : 'customers.unarchivedToast') });
        },
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );

  if (archived) {
    return (
      <Button
        variant="default"
        leftSection={<IconArchiveOff size={16} />}
        onClick={() => run(false)}
        loading={archive.isPending}
        data-testid="unarchive-customer"
      >
        {t('customers.unarchive')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" leftSection={<IconArchive size={16} />} onClick={confirm.open} data-testid="archive-customer">
        {t('customers.archive')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('customers.archiveTitle')}
        message={t('customers.archiveConfirm', { title: customer.title })}
        confirmLabel={t('customers.archive')}
        loading={archive.isPending}
        onConfirm={() => run(true)}
        onCancel={confirm.close}
      />
    </>
  );
}
