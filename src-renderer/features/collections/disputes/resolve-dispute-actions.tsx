import { Group } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Dispute } from '../../../../src-shared/domain/collections/types';
import { ReasonAction } from '../../../components/reason-action';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useResolveDispute } from '../mutations';

/**
 * Accept (a credit note for the disputed amount pays the invoice down) or reject (owed as before), each
 * after a confirm that says what will happen and asks for the explanation kept with it.
 */
export function ResolveDisputeActions({ dispute }: { dispute: Dispute }) {
  const t = useT();
  const format = useFormatters();
  const resolve = useResolveDispute();
  const number = dispute.invoiceNumber;
  const common = { reasonLabel: t('disputes.resolutionNote'), pending: resolve.isPending, size: 'compact-sm' } as const;
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <ReasonAction
        {...common}
        label={t('disputes.accept')}
        icon={<IconCheck size={14} />}
        testId="accept-dispute"
        title={t('disputes.acceptTitle')}
        message={t('disputes.acceptConfirm', { amount: format.money(dispute.amount, dispute.currency), number })}
        submit={(note) => resolve.mutateAsync({ id: dispute.id, outcome: 'accepted', note })}
        successMessage={t('disputes.acceptedToast')}
      />
      <ReasonAction
        {...common}
        label={t('disputes.reject')}
        icon={<IconX size={14} />}
        testId="reject-dispute"
        title={t('disputes.rejectTitle')}
        message={t('disputes.rejectConfirm', { number })}
        submit={(note) => resolve.mutateAsync({ id: dispute.id, outcome: 'rejected', note })}
        successMessage={t('disputes.rejectedToast')}
      />
    </Group>
  );
}
