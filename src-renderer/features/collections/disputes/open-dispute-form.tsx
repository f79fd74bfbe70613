import { Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { DISPUTE_REASONS, type DisputeReason } from '../../../../src-shared/domain/collections/schemas';
import type { Dispute } from '../../../../src-shared/domain/collections/types';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { CurrencyAmountInput } from '../../../components/currency-amount-input';
import { ModalForm } from '../../../forms/modal-form';
import { useDialogForm } from '../../../forms/use-dialog-form';
import { useFormatters } from '../../../i18n/formatters';
import { useI18n } from '../../../i18n/i18n-context';
import { disputeReasonLabel, optionsOf } from '../labels';
import { useOpenDispute } from '../mutations';
import type { DisputeFormValues } from './dispute-form-values';
import { toDisputeInput } from './dispute-form-values';
import { disputePathOf, validateDisputeForm } from './validate-dispute-form';

/** Records the customer's objection to an invoice; the disputed amount starts at what is open. */
export function OpenDisputeForm({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t, language } = useI18n();
  const format = useFormatters();
  const open = useOpenDispute();
  const { form, frame } = useDialogForm<DisputeFormValues, Dispute>({
    initialValues: { reason: null, amount: invoice.openAmount, note: '' },
    validate: (values) => validateDisputeForm(values, invoice, language, t),
    save: (values) => open.mutateAsync(toDisputeInput(invoice.id, values)),
    pathOf: disputePathOf,
    savedMessage: (dispute) => t('disputes.opened', { amount: format.money(dispute.amount, dispute.currency) }),
    onClose,
  });
  return (
    <ModalForm
      title={t('disputes.openTitle', { number: invoice.number })}
      {...frame}
      saveLabel={t('disputes.open')}
      testId="dispute-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select<DisputeReason>
          label={t('disputes.reason')}
          placeholder={t('disputes.reasonPlaceholder')}
          data={optionsOf(DISPUTE_REASONS, (reason) => disputeReasonLabel(t, reason))}
          withAsterisk
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <CurrencyAmountInput
          label={t('disputes.amount')}
          description={t('disputes.amountHint', { open: format.money(invoice.openAmount, invoice.currency) })}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          currency={invoice.currency}
          {...form.getInputProps('amount')}
        />
      </SimpleGrid>
      <Textarea label={t('disputes.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed">
        {t('disputes.openHint')}
      </Text>
    </ModalForm>
  );
}
