/** Addresses of forms that other screens link to, with what they are prefilled with (?customer=, ?invoice=). */
interface Prefill {
  customerId?: number | undefined;
  invoiceId?: number | undefined;
}

const withPrefill = (path: string, { customerId, invoiceId }: Prefill): string => {
  const params = new URLSearchParams();
  if (customerId) params.set('customer', String(customerId));
  if (invoiceId) params.set('invoice', String(invoiceId));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

export const newInvoicePath = ({ customerId }: Prefill = {}) => withPrefill('/invoices/new', { customerId });
export const newPaymentPath = (prefill: Prefill = {}) => withPrefill('/payments/new', prefill);
export const newCreditNotePath = (prefill: Prefill = {}) => withPrefill('/credit-notes/new', prefill);
