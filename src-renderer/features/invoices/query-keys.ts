import type { INVOICE_SORTS } from '../../../src-shared/domain/invoices/schemas';
import type { InvoiceStatus } from '../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../src-shared/money/currency';

export type InvoiceSort = (typeof INVOICE_SORTS)[number];

/** What the invoice list asks for; everything but paging. Dates are 'YYYY-MM-DD' or '' for "any". */
export interface InvoiceListFilter {
  search: string;
  status: InvoiceStatus | null;
  currency: Currency | null;
  customerId: number | null;
  issuedFrom: string;
  issuedTo: string;
  dueFrom: string;
  dueTo: string;
  /** Only what was owed at the end of this day (an aging bucket's invoices), or '' for any. */
  openOn: string;
  sort: InvoiceSort;
}

/** All invoice queries start with 'invoices', so a ledger change can refresh them in one go. */
export const invoiceKeys = {
  all: ['invoices'] as const,
  lists: () => [...invoiceKeys.all, 'list'] as const,
  list: (filter: InvoiceListFilter) => [...invoiceKeys.lists(), filter] as const,
  /** Count, total and open amount per currency of a list filter's whole set. */
  totals: (filter: InvoiceListFilter) => [...invoiceKeys.all, 'totals', filter] as const,
  exists: () => [...invoiceKeys.all, 'exists'] as const,
  /** A customer's open invoices in one currency, oldest due first (manual allocation). */
  open: (customerId: number, currency: Currency) => [...invoiceKeys.all, 'open', customerId, currency] as const,
  /** The few invoices a customer card shows. */
  ofCustomer: (customerId: number) => [...invoiceKeys.all, 'customer', customerId] as const,
  details: () => [...invoiceKeys.all, 'detail'] as const,
  detail: (id: number) => [...invoiceKeys.details(), id] as const,
  suggestedNumber: (issueDate: string) => [...invoiceKeys.all, 'suggestNumber', issueDate] as const,
};
