import type { QueryClient } from '@tanstack/react-query';
import type { Invoice, InvoicePage } from '../../../../src-shared/domain/invoices/types';
import { invoiceKeys } from '../../invoices/query-keys';
import type { CreditFormValues } from './credit-form-values';

/** The part of a credit note that goes to the invoice it corrects first: up to that invoice's open amount. */
export function firstPartOf(values: CreditFormValues, invoice: Invoice | undefined): number {
  if (values.kind !== 'credit_note' || !invoice || invoice.currency !== values.currency) return 0;
  const amount = values.amount !== null && Number.isFinite(values.amount) ? values.amount : 0;
  return Math.min(invoice.openAmount, Math.max(0, amount));
}

/** The rows offered for manual allocation: open invoices of the customer in the currency, a credit note's own left out. */
export function allocatableInvoices(values: CreditFormValues, page: InvoicePage | undefined) {
  return (page?.items ?? []).filter((invoice) => invoice.id !== values.invoiceId);
}

/** The same facts read from the query cache, for validation at submit time. */
export function allocationContextFrom(queryClient: QueryClient, values: CreditFormValues) {
  const page =
    values.customerId === null
      ? undefined
      : queryClient.getQueryData<InvoicePage>(invoiceKeys.open(values.customerId, values.currency));
  const invoice = values.invoiceId === null ? undefined : queryClient.getQueryData<Invoice>(invoiceKeys.detail(values.invoiceId));
  return { openInvoices: allocatableInvoices(values, page), firstPart: firstPartOf(values, invoice) };
}
