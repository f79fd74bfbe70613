import type { InvoiceListItem } from '../../../../src-shared/domain/invoices/types';

export interface PlannedLine {
  invoice: InvoiceListItem;
  amount: number;
}

/**
 * What "oldest due first" would do with `available`: the same rule as the backend's automatic allocation
 * (disputed invoices wait for their dispute), used for the preview and the "fill" helper.
 */
export function oldestFirst(invoices: readonly InvoiceListItem[], available: number): PlannedLine[] {
  const lines: PlannedLine[] = [];
  let left = Math.max(0, available);
  const candidates = invoices
    .filter((invoice) => invoice.openAmount > 0 && invoice.status !== 'disputed')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
  for (const invoice of candidates) {
    if (left === 0) break;
    const amount = Math.min(left, invoice.openAmount);
    lines.push({ invoice, amount });
    left -= amount;
  }
  return lines;
}
