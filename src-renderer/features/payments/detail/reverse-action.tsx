import { Button, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { AppError } from '../../../../src-shared/contract/errors';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { ReasonModal } from '../../../components/reason-modal';
import { issueMessage } from '../../../forms/issues-to-errors';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useReversePayment } from '../mutations';
import { creditKindKey } from '../payment-labels';

/** Reverses a wrong payment or credit note (with a reason): its matches are undone, and history keeps both. */
export function ReverseAction({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const [opened, modal] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const reverse = useReversePayment();
  const kind = t(creditKindKey(payment.kind));
  const amount = format.money(payment.amount, payment.currency);
  const matched = payment.allocations.filter((allocation) => !allocation.reversed);

  const run = (reason: string) => {
    setError(null);
    reverse.mutate(
      { id: payment.id, reason },
      {
        onSuccess: () => {
          modal.close();
          notifications.show({ color: 'teal', message: t('payments.reversedToast', { kind, amount }) });
        },
        onError: (failure) => {
          const reasonIssue =
            failure instanceof AppError ? failure.issues?.find((issue) => issue.path[0] === 'reason') : undefined;
          if (reasonIssue) setError(issueMessage(reasonIssue, t));
          else notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(failure, t) });
        },
      },
    );
  };

  return (
    <>
      <Button
        variant="default"
        color="red"
        leftSection={<IconArrowBackUp size={16} />}
        onClick={() => {
          setError(null);
          modal.open();
        }}
        data-testid="reverse-payment"
      >
        {t('payments.reverse')}
      </Button>
      <ReasonModal
        opened={opened}
        title={t('payments.reverseTitle', { kind })}
        message={t('payments.reverseConfirm', { kind, amount })}
        confirmLabel={t('payments.reverse')}
        reasonLabel={t('payments.reverseReason')}
        loading={reverse.isPending}
        error={error}
        onConfirm={run}
        onCancel={modal.close}
      >
        <List size="sm" mt="sm" spacing={4}>
          {matched.length > 0 && <List.Item>{t('payments.reverseUndoes', { count: matched.length })}</List.Item>}
          <List.Item>{t('payments.reverseKeepsHistory')}</List.Item>
        </List>
        <Text size="xs" c="dimmed" mt="xs">
          {t('payments.reverseFinal')}
        </Text>
      </ReasonModal>
    </>
  );
}
