import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { addDays, isBusinessDate } from '../../../../src-shared/dates/business-date';
import { CURRENCIES, CURRENCY_SYMBOLS } from '../../../../src-shared/money/currency';
import { CurrencySelect } from '../../../components/currency-select';
import { DateInput } from '../../../components/date-input';
import { SectionCard } from '../../../components/section-card';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { CustomerPicker } from '../../customers/customer-picker';
import { useCustomer } from '../../customers/queries';
import type { InvoiceFormMode } from './validate-invoice-form';
import type { InvoiceFormApi } from './use-invoice-form';

export const CURRENCY_OPTIONS = CURRENCIES.map((code) => ({ value: code, label: `${code} (${CURRENCY_SYMBOLS[code]})` }));

/** What the due date becomes when left empty: the issue date plus the customer's payment terms. */
function useDefaultDue(customerId: number | null, issueDate: string) {
  const t = useT();
  const format = useFormatters();
  const customer = useCustomer(customerId);
  if (!customer.data || !isBusinessDate(issueDate)) return undefined;
  const days = customer.data.paymentTermsDays;
  const date = format.date(addDays(issueDate, days));
  return { date, hint: t('invoices.dueDefault', { date, days }) };
}

export function InvoiceDetailsFields({ form, mode }: { form: InvoiceFormApi; mode: InvoiceFormMode }) {
  const t = useT();
  const values = form.values;
  const defaultDue = useDefaultDue(values.customerId, values.issueDate);
  return (
    <SectionCard title={t('invoices.section.details')}>
      <Stack gap="sm">
        <CustomerPicker
          label={t('invoices.customer')}
          withAsterisk
          disabled={mode === 'edit'}
          description={mode === 'edit' ? t('invoices.customerFixed') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="customer-picker"
          {...form.getInputProps('customerId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('invoices.number')}
            description={mode === 'create' ? t('invoices.numberHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk={mode === 'edit'}
            maxLength={32}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('number')}
          />
          <CurrencySelect {...form.getInputProps('currency')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateInput label={t('invoices.issueDate')} withAsterisk {...form.getInputProps('issueDate')} />
          <DateInput
            label={t('invoices.dueDate')}
            withAsterisk={mode === 'edit'}
            min={isBusinessDate(values.issueDate) ? values.issueDate : undefined}
            placeholder={mode === 'create' ? defaultDue?.date : undefined}
            description={mode === 'create' && !values.dueDate ? defaultDue?.hint : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('dueDate')}
          />
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
