import type { Currency } from '../../money/currency';
import type { INVOICE_STATUSES } from './schemas';
import type { VatRate } from './line-math';

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export interface InvoiceLine {
  id: number;
  description: string;
  quantity: number;
  unitPrice: number;
  vatRate: VatRate;
  discountPercent: number;
  net: number;
  vat: number;
}

export interface InvoiceAllocation {
  id: number;
  paymentId: number;
  kind: 'payment' | 'credit_note';
  amount: number;
  date: string;
  reversed: boolean;
}

export interface Invoice {
  id: number;
  customerId: number;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: Currency;
  net: number;
  vat: number;
  total: number;
  openAmount: number;
  paidAmount: number;
  writtenOffAmount: number;
  writtenOffOn: string | null;
  writeOffReason: string | null;
  paidDate: string | null;
  status: InvoiceStatus;
  daysOverdue: number;
  ettn: string | null;
  notes: string;
  lines: InvoiceLine[];
  allocations: InvoiceAllocation[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface InvoiceListItem {
  id: number;
  customerId: number;
  customerCode: string;
  customerTitle: string;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: Currency;
  total: number;
  openAmount: number;
  status: InvoiceStatus;
  daysOverdue: number;
}

export interface CurrencyTotals {
  currency: Currency;
  count: number;
  total: number;
  open: number;
}

/** One page of the invoice list. The totals of the filtered set come from `invoices/totals` (same filters):
 * at a million invoices they cost more than a page, so the screen asks for them alongside. */
export interface InvoicePage {
  items: InvoiceListItem[];
  nextCursor: string | null;
}
