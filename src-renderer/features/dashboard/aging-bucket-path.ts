import { addDays } from '../../../src-shared/dates/business-date';
import type { Currency } from '../../../src-shared/money/currency';
import { invoiceListPath } from '../invoices/list/use-invoice-filter';

/** The invoice list showing the open invoices of one aging bucket on a day, in one currency. */
export function agingBucketPath(asOf: string, bounds: readonly number[], bucket: number, currency: Currency): string {
  if (bucket === 0) return invoiceListPath({ currency, status: 'open', dueFrom: asOf });
  const dueTo = addDays(asOf, -((bounds[bucket - 2] ?? 0) + 1));
  const dueFrom = bucket > bounds.length ? '' : addDays(asOf, -bounds[bucket - 1]!);
  return invoiceListPath({ currency, status: 'overdue', dueFrom, dueTo });
}
