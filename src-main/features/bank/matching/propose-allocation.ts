import type { ProposedAllocation } from '../../../../src-shared/domain/bank/types';
import type { OpenInvoice } from './match-index';

/**
 * What a line pays for a customer: the invoices its description names first (in the order written), else the
 * one invoice whose open amount it equals, then the rest oldest due first — the same rule as a hand-typed
 * payment's automatic allocation. Disputed invoices wait for their dispute. What is left stays as credit.
 */
export function proposeAllocation(
  open: readonly OpenInvoice[],
  amount: number,
  namedIds: readonly number[],
): ProposedAllocation[] {
  const usable = open.filter((i) => i.openDisputes === 0);
  const byId = new Map(usable.map((i) => [i.id, i]));
  const order: OpenInvoice[] = [];
  for (const id of namedIds) {
    const inv = byId.get(id);
    if (inv && !order.includes(inv)) order.push(inv);
  }
  if (order.length === 0) {
    const equal = usable.find((i) => i.openAmount === amount);
    if (equal) order.push(equal);
  }
  for (const inv of usable) if (!order.includes(inv)) order.push(inv);
  const lines: ProposedAllocation[] = [];
  let left = amount;
  for (const inv of order) {
    if (left === 0) break;
    const take = Math.min(left, inv.openAmount);
    lines.push({ invoiceId: inv.id, invoiceNumber: inv.number, dueDate: inv.dueDate, openAmount: inv.openAmount, amount: take });
    left -= take;
  }
  return lines;
}
