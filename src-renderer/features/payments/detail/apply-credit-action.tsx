import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsJoin } from '@tabler/icons-react';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { allocationSummary } from '../form/saved-message';
import { useAllocatePayment } from '../mutations';

/** Applies the unallocated rest to the customer's open invoices, oldest due first. */
export function ApplyCreditAction({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const allocate = useAllocatePayment();
  return (
    <Button
      leftSection={<IconArrowsJoin size={16} />}
      loading={allocate.isPending}
      onClick={() =>
        allocate.mutate(
          { id: payment.id, allocate: 'auto' },
          {
            onSuccess: (updated) =>
              notifications.show({
                color: 'teal',
                title: t('payments.creditApplied'),
                message: allocationSummary(updated, t, format),
              }),
            onError: (error) =>
              notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
          },
        )
      }
      data-testid="apply-credit"
    >
      {t('payments.applyCredit')}
    </Button>
  );
}
