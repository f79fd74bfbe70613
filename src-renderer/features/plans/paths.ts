import type { Currency } from '../../../src-shared/money/currency';

/** The plan editor: the customer's overdue balance, chosen invoices, or the rest of a plan to re-plan. */
export function newPlanPath(
  customerId: number,
  from: { scope: 'overdue' } | { invoiceIds: number[]; currency: Currency } | { replan: number },
): string {
  const params = new URLSearchParams();
  if ('scope' in from) params.set('scope', 'overdue');
  if ('invoiceIds' in from) {
    for (const id of from.invoiceIds) params.append('invoice', String(id));
    params.set('currency', from.currency);
  }
  if ('replan' in from) params.set('replan', String(from.replan));
  return `/customers/${customerId}/plans/new?${params.toString()}`;
}

/** The customer card's plan tab with one plan open. */
export const planTabPath = (customerId: number, planId: number) => `/customers/${customerId}?tab=plans&plan=${planId}`;
