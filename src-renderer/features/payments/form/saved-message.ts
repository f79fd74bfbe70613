import type { Payment } from '../../../../src-shared/domain/payments/types';
import type { Formatters } from '../../../i18n/formatters';
import type { Translate } from '../../../i18n/i18n-context';

/** After a save: how much went to how many invoices, and what is left as the customer's credit. */
export function allocationSummary(payment: Payment, t: Translate, format: Formatters): string {
  const live = payment.allocations.filter((allocation) => !allocation.reversed);
  const allocated = live.reduce((sum, allocation) => sum + allocation.amount, 0);
  const money = (minor: number) => format.money(minor, payment.currency);
  const invoices = new Set(live.map((allocation) => allocation.invoiceId)).size;
  if (invoices === 0) return t('payments.saved.noneAllocated', { credit: money(payment.unallocated) });
  const matched = t('payments.saved.allocated', { count: invoices, amount: money(allocated) });
  return payment.unallocated > 0
    ? `${matched} ${t('payments.saved.creditLeft', { credit: money(payment.unallocated) })}`
    : matched;
}
