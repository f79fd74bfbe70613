import type { Currency } from '../../money/currency';
import type { PAYMENT_METHODS } from './schemas';

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface PaymentAllocation {
  id: number;
  invoiceId: number;
  invoiceNumber: string;
  amount: number;
  date: string;
  reversed: boolean;
}

/** A payment received or a credit note issued: both are credits allocated to invoices. */
export interface Payment {
  id: number;
  kind: 'payment' | 'credit_note';
  customerId: number;
  number: string | null;
  date: string;
  currency: Currency;
  amount: number;
  unallocated: number;
  method: PaymentMethod | null;
  reference: string;
  note: string;
  invoiceId: number | null;
  reversedAt: string | null;
  reversalReason: string | null;
  allocations: PaymentAllocation[];
  createdAt: string;
}

export interface PaymentListItem {
  id: number;
  kind: 'payment' | 'credit_note';
  customerId: number;
  number: string | null;
  date: string;
  currency: Currency;
  amount: number;
  unallocated: number;
  method: PaymentMethod | null;
  reference: string;
  reversed: boolean;
}

export interface PaymentPage {
  items: PaymentListItem[];
  nextCursor: string | null;
}
