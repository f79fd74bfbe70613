import type { InvoiceStatus } from './types';

interface StatusFacts {
  total: number;
  openAmount: number;
  writtenOffAmount: number;
  openDisputes: number;
  dueDate: string;
}

/** Status is derived, never stored or typed in: the first rule that holds wins. */
export function invoiceStatus(f: StatusFacts, today: string): InvoiceStatus {
  if (f.openAmount === 0) return f.writtenOffAmount > 0 ? 'written_off' : 'paid';
  if (f.openDisputes > 0) return 'disputed';
  if (f.dueDate < today) return 'overdue';
  if (f.openAmount < f.total) return 'partially_paid';
  return 'open';
}
