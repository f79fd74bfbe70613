import { Text } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { ReasonAction } from '../../../components/reason-action';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useWriteOffInvoice } from '../mutations';

/** Writes off what is still open (after a confirm with a reason); the invoice keeps the record of it. */
export function WriteOffAction({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const format = useFormatters();
  const writeOff = useWriteOffInvoice();
  const open = format.money(invoice.openAmount, invoice.currency);
  return (
    <ReasonAction
      label={t('invoices.writeOff')}
      icon={<IconFileOff size={16} />}
      testId="write-off"
      title={t('invoices.writeOffTitle', { number: invoice.number })}
      message={t('invoices.writeOffConfirm', { amount: open })}
      reasonLabel={t('invoices.writeOffReason')}
      submit={(reason) => writeOff.mutateAsync({ id: invoice.id, reason })}
      pending={writeOff.isPending}
      successMessage={t('invoices.writtenOffToast', { number: invoice.number, amount: open })}
    >
      <Text size="sm" c="dimmed" mt="xs">
        {t('invoices.writeOffKept')}
      </Text>
    </ReasonAction>
  );
}
