import { useState } from 'react';
import { todayLocal } from '../../../../src-shared/dates/business-date';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/i18n-context';
import { useRecordPayment } from '../mutations';
import { backLinkOf } from './back-link';
import { CreditForm } from './credit-form';
import { FromLinkedInvoice } from './from-linked-invoice';
import { emptyCreditForm, toPaymentInput, type CreditFormValues } from './credit-form-values';

/** Coming from an invoice: that customer and currency, the open amount, matched to that invoice by hand. */
const fromInvoice = (invoice: Invoice): Partial<CreditFormValues> => ({
  customerId: invoice.customerId,
  currency: invoice.currency,
  amount: invoice.openAmount > 0 ? invoice.openAmount : null,
  ...(invoice.openAmount > 0 ? { allocationMode: 'manual', allocations: { [invoice.id]: invoice.openAmount } } : {}),
});

function NewPayment({ customerId, invoice }: { customerId: number | null; invoice?: Invoice }) {
  const t = useT();
  const record = useRecordPayment();
  const [initialValues] = useState(() =>
    emptyCreditForm('payment', todayLocal(), invoice ? fromInvoice(invoice) : { customerId }),
  );
  const back = backLinkOf(customerId, invoice, t);
  return (
    <CreditForm
      initialValues={initialValues}
      header={<PageHeader back={back} title={t('payments.newTitle')} />}
      onSave={(values) => record.mutateAsync(toPaymentInput(values))}
      cancelTo={back.to}
      linkedInvoiceId={invoice && invoice.openAmount > 0 ? invoice.id : null}
    />
  );
}

/** /payments/new?customer=ID&invoice=ID: a payment received, prefilled from where it was started. */
export function PaymentCreatePage() {
  return <FromLinkedInvoice skeletonTestId="payment-form-loading" render={(start) => <NewPayment {...start} />} />;
}
