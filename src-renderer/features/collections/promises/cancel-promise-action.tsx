import type { PaymentPromise } from '../../../../src-shared/domain/collections/types';
import { ConfirmAction } from '../../../components/confirm-action';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useCancelPromise } from '../mutations';

/** A pending promise that no longer stands is cancelled (after a confirm), not deleted. */
export function CancelPromiseAction({ promise }: { promise: PaymentPromise }) {
  const t = useT();
  const format = useFormatters();
  const cancel = useCancelPromise();
  return (
    <ConfirmAction
      label={t('promises.cancel')}
      title={t('promises.cancelTitle')}
      message={t('promises.cancelConfirm', {
        amount: format.money(promise.amount, promise.currency),
        date: format.date(promise.promisedDate),
      })}
      doneMessage={t('promises.cancelled')}
      run={() => cancel.mutateAsync({ id: promise.id })}
      pending={cancel.isPending}
      buttonProps={{ size: 'compact-xs', variant: 'subtle' }}
      testId="cancel-promise"
    />
  );
}
