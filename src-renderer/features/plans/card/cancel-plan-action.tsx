import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { PaymentPlan } from '../../../../src-shared/domain/plans/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { describeError } from '../../../i18n/describe-error';
import { useT } from '../../../i18n/i18n-context';
import { useCancelPlan } from '../queries';

/** A plan that no longer stands is cancelled (after a confirm): its invoices are chased by their own dates. */
export function CancelPlanAction({ plan }: { plan: PaymentPlan }) {
  const t = useT();
  const [opened, modal] = useDisclosure(false);
  const cancel = useCancelPlan();
  const run = () =>
    cancel.mutate(
      { id: plan.id },
      {
        onSuccess: () => {
          modal.close();
          notifications.show({ color: 'teal', message: t('plans.cancelled') });
        },
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );
  return (
    <>
      <Button size="xs" variant="default" color="red" onClick={modal.open} data-testid="cancel-plan">
        {t('plans.cancel')}
      </Button>
      <ConfirmModal
        opened={opened}
        danger
        title={t('plans.cancel')}
        message={t('plans.cancelConfirm')}
        confirmLabel={t('plans.cancel')}
        loading={cancel.isPending}
        onConfirm={run}
        onCancel={modal.close}
      />
    </>
  );
}
