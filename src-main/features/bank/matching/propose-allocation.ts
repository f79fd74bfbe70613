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
  const first: OpenInvoice[] = [];
  if (namedIds.length > 0) {
    const byId = new Map(usable.map((i) => [i.id, i]));
    for (const id of namedIds) {
      const inv = byId.get(id);
      if (inv && !first.includes(inv)) first.push(inv);
    }
  }
  if (first.length === 0) {
    const equal = usable.find((i) => i.openAmount === amount);
    if (equal) first.push(equal);
  }
  // A busy customer has thousands of open invoices: walk them only until the amount is used up.
  const taken = new Set(first);
  const lines: ProposedAllocation[] = [];
  let left = amount;
  const take = (inv: OpenInvoice) => {
    const part = Math.min(left, inv.openAmount);
    lines.push({ invoiceId: inv.id, invoiceNumber: inv.number, dueDate: inv.dueDate, openAmount: inv.openAmount, amount: part });
    left -= part;
  };
  for (const inv of first) if (left > 0) take(inv);
  for (const inv of usable) {
    if (left === 0) break;
    if (!taken.has(inv)) take(inv);
  }
  return lines;
}
