import { Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DISPUTE_REASONS, type DisputeReason } from '../../../../src-shared/domain/collections/schemas';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { CurrencyAmountInput } from '../../../components/currency-amount-input';
import { ModalForm } from '../../../forms/modal-form';
import { useFormSave } from '../../../forms/use-form-save';
import { useValidatedForm } from '../../../forms/use-validated-form';
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
  const initial: DisputeFormValues = { reason: null, amount: invoice.openAmount, note: '' };
  const { form, noteSubmitted } = useValidatedForm(initial, (values) => validateDisputeForm(values, invoice, language, t));
  const { root, submit, failure, hasFieldErrors } = useFormSave({
    form,
    noteSubmitted,
    save: (values) => open.mutateAsync(toDisputeInput(invoice.id, values)),
    pathOf: disputePathOf,
    onSaved: (dispute) => {
      notifications.show({
        color: 'teal',
        message: t('dispute.opened', { amount: format.money(dispute.amount, dispute.currency) }),
      });
      onClose();
    },
  });
  return (
    <ModalForm
      title={t('dispute.openTitle', { number: invoice.number })}
      onClose={onClose}
      root={root}
      onSubmit={submit}
      general={failure.general}
      hasFieldErrors={hasFieldErrors}
      saving={form.submitting}
      saveLabel={t('dispute.open')}
      testId="dispute-form"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select<DisputeReason>
          label={t('dispute.reason')}
          placeholder={t('dispute.reasonPlaceholder')}
          data={optionsOf(DISPUTE_REASONS, (reason) => disputeReasonLabel(t, reason))}
          withAsterisk
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <CurrencyAmountInput
          label={t('dispute.amount')}
          description={t('dispute.amountHint', { open: format.money(invoice.openAmount, invoice.currency) })}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk
          currency={invoice.currency}
          {...form.getInputProps('amount')}
        />
      </SimpleGrid>
      <Textarea label={t('dispute.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      <Text size="xs" c="dimmed">
        {t('dispute.openHint')}
      </Text>
    </ModalForm>
  );
}
