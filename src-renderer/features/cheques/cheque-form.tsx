import { SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { ChequeKind } from '../../../src-shared/domain/cheques/lifecycle';
import { CurrencyAmountInput } from '../../components/currency-amount-input';
import { CurrencySelect } from '../../components/currency-select';
import { DateInput } from '../../components/date-input';
import { ModalForm } from '../../forms/modal-form';
import { useDialogForm } from '../../forms/use-dialog-form';
import { useI18n } from '../../i18n/i18n-context';
import { CustomerPicker } from '../customers/customer-picker';
import { kindLabel } from './cheque-labels';
import { chequePathOf, emptyChequeForm, toChequeInput, validateChequeForm } from './cheque-form-values';
import { useRecordCheque } from './mutations';

interface ChequeFormProps {
  /** Prefilled (and fixed) when opened from a customer's card. */
  customerId: number | null;
  onClose: () => void;
}

/** Records a cheque or note received from a customer; it is booked as a payment and matched to invoices. */
export function ChequeForm({ customerId, onClose }: ChequeFormProps) {
  const { t, language } = useI18n();
  const record = useRecordCheque();
  const { form, frame } = useDialogForm({
    initialValues: emptyChequeForm(customerId),
    validate: (values) => validateChequeForm(values, language, t),
    save: (values) => record.mutateAsync(toChequeInput(values)),
    pathOf: chequePathOf,
    savedMessage: () => t('cheques.form.saved'),
    onClose,
  });
  const isCheque = form.values.kind === 'cheque';
  return (
    <ModalForm title={t('cheques.form.title')} {...frame} saveLabel={t('common.save')} testId="cheque-form">
      <SegmentedControl<ChequeKind>
        data={(['cheque', 'note'] as const).map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
        {...form.getInputProps('kind')}
        data-testid="cheque-kind"
      />
      {customerId === null && (
        <CustomerPicker
          label={t('cheques.form.customer')}
          withAsterisk
          data-testid="cheque-customer"
          {...form.getInputProps('customerId')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('cheques.form.serial')} withAsterisk data-autofocus {...form.getInputProps('serialNumber')} />
        <TextInput label={t('cheques.form.drawer')} withAsterisk {...form.getInputProps('drawer')} />
        {isCheque && <TextInput label={t('cheques.form.bank')} withAsterisk {...form.getInputProps('bank')} />}
        {isCheque && <TextInput label={t('cheques.form.branch')} {...form.getInputProps('branch')} />}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <CurrencyAmountInput
          label={t('cheques.form.amount')}
          withAsterisk
          currency={form.values.currency}
          {...form.getInputProps('amount')}
        />
        <CurrencySelect {...form.getInputProps('currency')} />
        <DateInput label={t('cheques.form.dueDate')} withAsterisk {...form.getInputProps('dueDate')} />
        <TextInput label={t('cheques.form.issuePlace')} {...form.getInputProps('issuePlace')} />
        <DateInput label={t('cheques.form.issueDate')} withAsterisk {...form.getInputProps('issueDate')} />
        <DateInput label={t('cheques.form.receivedOn')} withAsterisk max={todayLocal()} {...form.getInputProps('receivedOn')} />
      </SimpleGrid>
      <Textarea
        label={t('cheques.form.endorsers')}
        description={t('cheques.form.endorsersHint')}
        autosize
        minRows={1}
        maxRows={5}
        {...form.getInputProps('endorsers')}
      />
      <Select
        label={t('cheques.form.allocate')}
        allowDeselect={false}
        data={[
          { value: 'auto', label: t('cheques.form.allocate.auto') },
          { value: 'none', label: t('cheques.form.allocate.none') },
        ]}
        {...form.getInputProps('allocate')}
        data-testid="cheque-allocate"
      />
      <Textarea
        label={t('cheques.form.note')}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={2000}
        {...form.getInputProps('note')}
      />
    </ModalForm>
  );
}
