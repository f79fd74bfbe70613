import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileOff } from '@tabler/icons-react';
import { useState } from 'react';
import { AppError } from '../../../../src-shared/contract/errors';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { ReasonModal } from '../../../components/reason-modal';
import { issueMessage } from '../../../forms/issues-to-errors';
import { describeError } from '../../../i18n/describe-error';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useWriteOffInvoice } from '../mutations';

/** Writes off what is still open (after a confirm with a reason); the invoice keeps the record of it. */
export function WriteOffAction({ invoice }: { invoice: Invoice }) {
  const t = useT();
  const format = useFormatters();
  const [opened, modal] = useDisclosure(false);
  const [error, setError] = useState<string | null>(null);
  const writeOff = useWriteOffInvoice();
  const open = format.money(invoice.openAmount, invoice.currency);

  const run = (reason: string) => {
    setError(null);
    writeOff.mutate(
      { id: invoice.id, reason },
      {
        onSuccess: () => {
          modal.close();
          notifications.show({ color: 'teal', message: t('invoices.writtenOffToast', { number: invoice.number, amount: open }) });
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
        leftSection={<IconFileOff size={16} />}
        onClick={() => {
          setError(null);
          modal.open();
        }}
        data-testid="write-off"
      >
        {t('invoices.writeOff')}
      </Button>
      <ReasonModal
        opened={opened}
        title={t('invoices.writeOffTitle', { number: invoice.number })}
        message={t('invoices.writeOffConfirm', { amount: open })}
        confirmLabel={t('invoices.writeOff')}
        reasonLabel={t('invoices.writeOffReason')}
        loading={writeOff.isPending}
        error={error}
        onConfirm={run}
        onCancel={modal.close}
      >
        <Text size="sm" c="dimmed" mt="xs">
          {t('invoices.writeOffKept')}
        </Text>
      </ReasonModal>
    </>
  );
}
