import type { MethodInput } from '../../../../src-shared/contract/methods';
import type { PaymentMethod } from '../../../../src-shared/domain/payments/types';
import type { Currency } from '../../../../src-shared/money/currency';

/** How a payment or credit note is matched to invoices. */
export type AllocationMode = 'auto' | 'manual' | 'none';
export type CreditKind = 'payment' | 'credit_note';

/**
 * What the payment form and the credit-note form edit: both are credits matched to invoices, so they
 * share one shape; `method`/`reference` belong to payments, `invoiceId`/`number` to credit notes.
 */
export interface CreditFormValues {
  kind: CreditKind;
  customerId: number | null;
  date: string;
  currency: Currency;
  /** Minor units; null when empty, NaN while the text is not an amount (see MoneyInput). */
  amount: number | null;
  method: PaymentMethod;
  reference: string;
  /** The invoice a credit note corrects: it takes the credit first. */
  invoiceId: number | null;
  /** A credit note's number; empty means the next of the IAD series. */
  number: string;
  note: string;
  allocationMode: AllocationMode;
  /** By hand: the amount per invoice, keyed by the invoice's id. */
  allocations: Record<string, number | null>;
}

export const emptyCreditForm = (kind: CreditKind, today: string, prefill: Partial<CreditFormValues> = {}): CreditFormValues => ({
  kind,
  customerId: null,
  date: today,
  currency: 'TRY',
  amount: null,
  method: 'bank_transfer',
  reference: '',
  invoiceId: null,
  number: '',
  note: '',
  allocationMode: 'auto',
  allocations: {},
  ...prefill,
});

/** The hand-made allocation lines that carry an amount, in a stable order (by invoice id). */
export function manualLines(values: CreditFormValues): { invoiceId: number; amount: number }[] {
  return Object.entries(values.allocations)
    .filter(([, amount]) => amount !== null && amount !== 0)
    .map(([id, amount]) => ({ invoiceId: Number(id), amount: amount ?? 0 }))
    .sort((a, b) => a.invoiceId - b.invoiceId);
}

/** Σ of the amounts typed by hand (half-typed ones count as nothing). */
export const manualSum = (values: CreditFormValues): number =>
  manualLines(values).reduce((sum, line) => sum + (Number.isFinite(line.amount) ? line.amount : 0), 0);

/** By hand with no line filled means nothing beyond what goes first (a credit note's own invoice). */
function allocateOf(values: CreditFormValues) {
  if (values.allocationMode !== 'manual') return values.allocationMode;
  const lines = manualLines(values);
  return lines.length > 0 ? lines : 'none';
}

const amountOf = (minor: number | null): number => (minor === null ? Number.NaN : minor);

export function toPaymentInput(values: CreditFormValues): MethodInput<'payments/record'> {
  return {
    customerId: values.customerId ?? 0,
    date: values.date,
    currency: values.currency,
    amount: amountOf(values.amount),
    method: values.method,
    reference: values.reference,
    note: values.note,
    allocate: allocateOf(values),
  };
}

export function toCreditNoteInput(values: CreditFormValues): MethodInput<'credit-notes/create'> {
  const number = values.number.trim();
  return {
    customerId: values.customerId ?? 0,
    ...(number ? { number } : {}),
    date: values.date,
    currency: values.currency,
    amount: amountOf(values.amount),
    ...(values.invoiceId ? { invoiceId: values.invoiceId } : {}),
    note: values.note,
    allocate: allocateOf(values),
  };
}
