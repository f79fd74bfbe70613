import { bucketDueRange } from '../../../src-shared/domain/reports/aging-buckets';
import type { Currency } from '../../../src-shared/money/currency';
import { invoiceListPath } from '../invoices/list/use-invoice-filter';

/** The invoice list showing the invoices open on a day whose due date falls in one aging bucket, in one currency. */
export const agingBucketPath = (asOf: string, bounds: readonly number[], bucket: number, currency: Currency): string =>
  invoiceListPath({ currency, openOn: asOf, ...bucketDueRange(asOf, bounds, bucket) });
