import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { PaymentPromise } from '../../../../src-shared/domain/collections/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useCancelPromise } from '../mutations';

/** A pending promise that no longer stands is cancelled (after a confirm), not deleted. */
export function CancelPromiseAction({ promise }: { promise: PaymentPromise }) {
  const t = useT();
  const format = useFormatters();
  const [opened, modal] = useDisclosure(false);
  const cancel = useCancelPromise();
  const run = () =>
    cancel.mutate(
      { id: promise.id },
      {
        onSuccess: () => {
          modal.close();
          notifications.show({ color: 'teal', message: t('promise.cancelled') });
        },
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );
  return (
    <>
      <Button size="compact-xs" variant="subtle" color="red" onClick={modal.open} data-testid="cancel-promise">
        {t('promise.cancel')}
      </Button>
      <ConfirmModal
        opened={opened}
        danger
        title={t('promise.cancelTitle')}
        message={t('promise.cancelConfirm', {
          amount: format.money(promise.amount, promise.currency),
          date: format.date(promise.promisedDate),
        })}
        confirmLabel={t('promise.cancel')}
        loading={cancel.isPending}
        onConfirm={run}
        onCancel={modal.close}
      />
    </>
  );
}
