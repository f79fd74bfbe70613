import type { HandlerContext } from '../../core/context';
import { insertInvoice, suggestInvoiceNumber } from '../invoices/invoices-repo';

/**
 * Plan interest (vade farkı) is booked as an invoice of its own, covered by the plan like the others. In Turkey
 * vade farkı is invoiced (it is a supply like the goods, with VAT), and as a ledger line it makes the balance,
 * the statement, aging and allocation all see what the customer now owes, while the original invoices keep their
 * amounts. The plan keeps its id, so the card shows the interest apart and a replan knows which part it is.
 */
export async function bookInterestInvoice(
  ctx: HandlerContext,
  plan: { customerId: number; currency: string; amount: number; issueDate: string; dueDate: string; note: string },
): Promise<number> {
  return insertInvoice(
    ctx.db,
    {
      customerId: plan.customerId,
      number: await suggestInvoiceNumber(ctx.db, plan.issueDate.slice(0, 4)),
      issueDate: plan.issueDate,
      dueDate: plan.dueDate,
      currency: plan.currency,
      lines: undefined,
      total: plan.amount,
      ettn: null,
      notes: plan.note,
    },
    ctx.now(),
    ctx.actor.name,
  );
}
