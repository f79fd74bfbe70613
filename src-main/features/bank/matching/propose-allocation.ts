import type { ProposedAllocation } from '../../../../src-shared/domain/bank/types';
import type { InvoiceFacts, OpenItems } from './open-items';

/**
 * What a line pays for a customer: the invoices its description names first (in the order written), else the
 * one invoice whose open amount it equals, then the rest oldest due first — the same rule as a hand-typed
 * payment's automatic allocation. Disputed invoices wait for their dispute. What is left stays as credit.
 * `factsOf` reads an invoice's number and disputes: asked only for the invoices the walk reaches.
 */
export async function proposeAllocation(
  open: OpenItems,
  amount: number,
  namedIds: readonly number[],
  factsOf: (id: number) => Promise<InvoiceFacts>,
): Promise<ProposedAllocation[]> {
  const usable = async (p: number) => (await factsOf(open.at(p).id)).openDisputes === 0;
  // Places in due order.
  const first: number[] = [];
  for (const id of namedIds) {
    const p = open.placeOf(id);
    if (p >= 0 && !first.includes(p) && (await usable(p))) first.push(p);
  }
  if (first.length === 0) {
    for (const p of open.withAmount(amount)) {
      if (await usable(p)) {
        first.push(p);
        break;
      }
    }
  }
  // A busy customer has thousands of open invoices: walk them only until the amount is used up.
  const lines: ProposedAllocation[] = [];
  let left = amount;
  const take = async (p: number) => {
    const inv = open.at(p);
    const part = Math.min(left, inv.openAmount);
    const { number } = await factsOf(inv.id);
    lines.push({ invoiceId: inv.id, invoiceNumber: number, dueDate: inv.dueDate, openAmount: inv.openAmount, amount: part });
    left -= part;
  };
  for (const p of first) if (left > 0) await take(p);
  for (let p = 0; p < open.count && left !== 0; p += 1) {
    if (!first.includes(p) && (await usable(p))) await take(p);
  }
  return lines;
}
