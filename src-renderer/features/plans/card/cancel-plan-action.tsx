import type { PaymentPlan } from '../../../../src-shared/domain/plans/types';
import { ConfirmAction } from '../../../components/confirm-action';
import { useT } from '../../../i18n/i18n-context';
import { useCancelPlan } from '../queries';

/** A plan that no longer stands is cancelled (after a confirm): its invoices are chased by their own dates. */
export function CancelPlanAction({ plan }: { plan: PaymentPlan }) {
  const t = useT();
  const cancel = useCancelPlan();
  return (
    <ConfirmAction
      label={t('plans.cancel')}
      title={t('plans.cancel')}
      message={t('plans.cancelConfirm')}
      doneMessage={t('plans.cancelled')}
      run={() => cancel.mutateAsync({ id: plan.id })}
      pending={cancel.isPending}
      buttonProps={{ size: 'xs', variant: 'default' }}
      testId="cancel-plan"
    />
  );
}
