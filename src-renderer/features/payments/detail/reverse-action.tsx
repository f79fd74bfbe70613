import { List, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { Payment } from '../../../../src-shared/domain/payments/types';
import { ReasonAction } from '../../../components/reason-action';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useReversePayment } from '../mutations';
import { creditKindKey } from '../payment-labels';

/** Reverses a wrong payment or credit note (with a reason): its matches are undone, and history keeps both. */
export function ReverseAction({ payment }: { payment: Payment }) {
  const t = useT();
  const format = useFormatters();
  const reverse = useReversePayment();
  const kind = t(creditKindKey(payment.kind));
  const amount = format.money(payment.amount, payment.currency);
  const matched = payment.allocations.filter((allocation) => !allocation.reversed);
  return (
    <ReasonAction
      label={t('payments.reverse')}
      icon={<IconArrowBackUp size={16} />}
      testId="reverse-payment"
      title={t('payments.reverseTitle', { kind })}
      message={t('payments.reverseConfirm', { kind, amount })}
      reasonLabel={t('payments.reverseReason')}
      submit={(reason) => reverse.mutateAsync({ id: payment.id, reason })}
      pending={reverse.isPending}
      successMessage={t('payments.reversedToast', { kind, amount })}
    >
      <List size="sm" mt="sm" spacing={4}>
        {matched.length > 0 && <List.Item>{t('payments.reverseUndoes', { count: matched.length })}</List.Item>}
        <List.Item>{t('payments.reverseKeepsHistory')}</List.Item>
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        {t('payments.reverseFinal')}
      </Text>
    </ReasonAction>
  );
}
