import { Select } from '@mantine/core';
import { turkishOptionsFilter } from '../../../components/turkish-options-filter';
import { useFormatters } from '../../../i18n/formatters';
import { useT } from '../../../i18n/i18n-context';
import { useInvoice, useInvoiceOptions } from '../../invoices/queries';
import type { CreditFormApi } from './use-credit-form';

/** The invoice a credit note corrects (optional): it takes the credit first, and sets the currency. */
export function CreditNoteInvoiceSelect({ form }: { form: CreditFormApi }) {
  const t = useT();
  const format = useFormatters();
  const { customerId, invoiceId } = form.values;
  const options = useInvoiceOptions(customerId);
  const selected = useInvoice(invoiceId);
  const items = options.data?.items ?? [];
  const data = items.map((invoice) => ({
    value: invoice.id,
    label: `${invoice.number} · ${format.money(invoice.total, invoice.currency)} · ${t('invoices.openShort', {
      amount: format.money(invoice.openAmount, invoice.currency),
    })}`,
  }));
  if (selected.data && !items.some((invoice) => invoice.id === selected.data.id)) {
    const invoice = selected.data;
    data.unshift({ value: invoice.id, label: `${invoice.number} · ${format.money(invoice.total, invoice.currency)}` });
  }
  const input = form.getInputProps('invoiceId');
  return (
    <Select<number>
      label={t('creditNotes.invoice')}
      description={t('creditNotes.invoiceHint')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={customerId === null ? t('payments.allocation.pickCustomer') : t('creditNotes.noInvoice')}
      disabled={customerId === null}
      data={data}
      searchable
      filter={turkishOptionsFilter}
      clearable
      nothingFoundMessage={t('creditNotes.noInvoices')}
      data-testid="credit-note-invoice"
      {...input}
      onChange={(id) => {
        const invoice = items.find((item) => item.id === id) ?? (selected.data?.id === id ? selected.data : undefined);
        form.setValues({ invoiceId: id, allocations: {}, ...(invoice ? { currency: invoice.currency } : {}) });
      }}
    />
  );
}
