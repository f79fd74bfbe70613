import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import type { Translate } from '../../../i18n/i18n-context';

/** Where Back and Cancel go from a payment or credit-note form: the invoice, the customer card or the invoice list. */
export function backLinkOf(customerId: number | null, invoice: Invoice | undefined, t: Translate): { to: string; label: string } {
  if (invoice) return { to: `/invoices/${invoice.id}`, label: invoice.number };
  if (customerId !== null) return { to: `/customers/${customerId}`, label: t('payments.backToCustomer') };
  return { to: '/invoices', label: t('invoices.title') };
}
