import type { AllocationChoice } from '../../../src-shared/domain/payments/schemas';
import type { MessageKey, MessageParams } from '../../../src-shared/i18n/translate';

export interface OpenInvoiceFacts {
  id: number;
  customerId: number;
  currency: string;
  dueDate: string;
  openAmount: number;
  openDisputes: number;
}

export interface CreditFacts {
  customerId: number;
  currency: string;
  available: number;
}

export interface PlannedAllocation {
  invoiceId: number;
  amount: number;
}

export interface PlanIssue {
  path: (string | number)[];
  key: MessageKey;
  params?: MessageParams;
}

export type Plan = { ok: true; lines: PlannedAllocation[] } | { ok: false; issues: PlanIssue[] };

/**
 * Decides which invoices a credit pays. Auto takes open invoices oldest due first (disputed ones are left
 * alone: they wait for the dispute); by hand, every line is checked: same customer, same currency, no more
 * than the invoice's open amount, and no more in all than the credit has.
 */
export function planAllocation(
  choice: AllocationChoice,
  credit: CreditFacts,
  invoices: readonly OpenInvoiceFacts[],
  formatAmount: (minor: number) => string,
): Plan {
  if (choice === 'none') return { ok: true, lines: [] };
  if (choice === 'auto') {
    const lines: PlannedAllocation[] = [];
    let left = credit.available;
    const candidates = invoices
      .filter(
        (i) => i.customerId === credit.customerId && i.currency === credit.currency && i.openAmount > 0 && i.openDisputes === 0,
      )
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
    for (const invoice of candidates) {
      if (left === 0) break;
      const amount = Math.min(left, invoice.openAmount);
      lines.push({ invoiceId: invoice.id, amount });
      left -= amount;
    }
    return { ok: true, lines };
  }

  const byId = new Map(invoices.map((i) => [i.id, i]));
  const issues: PlanIssue[] = [];
  const seen = new Set<number>();
  let sum = 0;
  choice.forEach((line, index) => {
    const invoice = byId.get(line.invoiceId);
    const at = (field: string) => ['allocate', index, field];
    if (!invoice) return issues.push({ path: at('invoiceId'), key: 'validation.unknownInvoice' });
    if (seen.has(invoice.id)) return issues.push({ path: at('invoiceId'), key: 'validation.duplicateInvoice' });
    seen.add(invoice.id);
    if (invoice.customerId !== credit.customerId) return issues.push({ path: at('invoiceId'), key: 'validation.otherCustomer' });
    if (invoice.currency !== credit.currency) {
      return issues.push({ path: at('invoiceId'), key: 'validation.currencyMismatch', params: { expected: credit.currency } });
    }
    if (line.amount > invoice.openAmount) {
      return issues.push({
        path: at('amount'),
        key: 'validation.exceedsOpen',
        params: { open: formatAmount(invoice.openAmount) },
      });
    }
    sum += line.amount;
    return undefined;
  });
  if (issues.length === 0 && sum > credit.available) {
    issues.push({ path: ['allocate'], key: 'validation.overAllocated', params: { amount: formatAmount(credit.available) } });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, lines: choice.map(({ invoiceId, amount }) => ({ invoiceId, amount })) };
}
