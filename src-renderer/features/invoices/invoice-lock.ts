import type { Invoice } from '../../../src-shared/domain/invoices/types';

/**
 * Once money is matched to an invoice (or it was written off) its amounts are history: the backend only
 * lets the notes change, and a credit note corrects it instead.
 */
export const isInvoiceLocked = (invoice: Pick<Invoice, 'allocations' | 'writtenOffAmount'>): boolean =>
  invoice.writtenOffAmount > 0 || invoice.allocations.some((allocation) => !allocation.reversed);
