import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import { PAYMENT_METHODS } from '../../../../src-shared/domain/payments/schemas';
import type { PaymentMethod } from '../../../../src-shared/domain/payments/types';
import type { Currency } from '../../../../src-shared/money/currency';
import { DateInput } from '../../../components/date-input';
import { CurrencyAmountInput } from '../../../components/currency-amount-input';
import { SectionCard } from '../../../components/section-card';
import { useT } from '../../../i18n/i18n-context';
import { CustomerPicker } from '../../customers/customer-picker';
import { CURRENCY_OPTIONS } from '../../invoices/form/invoice-details-fields';
import { CreditNoteInvoiceSelect } from './credit-note-invoice-select';
import type { CreditFormApi } from './use-credit-form';

/** Who paid (or is credited), when, how much and — for a payment — how; for a credit note, which invoice. */
export function CreditMainFields({ form }: { form: CreditFormApi }) {
  const t = useT();
  const values = form.values;
  const isPayment = values.kind === 'payment';
  const customer = form.getInputProps('customerId');
  const currency = form.getInputProps('currency');
  return (
    <SectionCard title={isPayment ? t('payments.section.payment') : t('creditNotes.section.note')}>
      <Stack gap="sm">
        <CustomerPicker
          label={t('invoices.customer')}
          withAsterisk
          data-testid="customer-picker"
          {...customer}
          onChange={(id) => {
            // Another customer has other invoices: what was matched by hand no longer applies.
            form.setValues({ customerId: id, allocations: {}, invoiceId: null });
          }}
        />
        {!isPayment && <CreditNoteInvoiceSelect form={form} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateInput label={t('payments.date')} withAsterisk max={todayLocal()} {...form.getInputProps('date')} />
          <CurrencyAmountInput
            label={t('payments.amount')}
            withAsterisk
            currency={values.currency}
            {...form.getInputProps('amount')}
          />
          <Select<Currency>
            label={t('invoices.currency')}
            data={CURRENCY_OPTIONS}
            allowDeselect={false}
            disabled={values.invoiceId !== null}
            {...currency}
            onChange={(next) => form.setValues({ currency: next ?? values.currency, allocations: {} })}
          />
        </SimpleGrid>
        {isPayment ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select<PaymentMethod>
              label={t('payments.method')}
              data={PAYMENT_METHODS.map((method) => ({ value: method, label: t(`payments.method.${method}`) }))}
              allowDeselect={false}
              {...form.getInputProps('method')}
            />
            <TextInput
              label={t('payments.reference')}
              placeholder={t('payments.referencePlaceholder')}
              maxLength={120}
              {...form.getInputProps('reference')}
            />
          </SimpleGrid>
        ) : (
          <TextInput
            label={t('creditNotes.number')}
            description={t('creditNotes.numberHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            maxLength={32}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            autoComplete="off"
            {...form.getInputProps('number')}
          />
        )}
        <Textarea label={t('payments.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
      </Stack>
    </SectionCard>
  );
}
