import { addDays } from '../../dates/business-date';

/** The due dates that fall in one aging bucket as of a day; an open end is left out. */
export interface DueRange {
  dueFrom?: string;
  dueTo?: string;
}

/**
 * Bucket 0 is "not due on asOf" (due on or after it); bucket i is 1..bounds[0] days overdue for i = 1, and so
 * on; the last bucket is more than the last bound. The same cut as the SQL of the aging report.
 */
export function bucketDueRange(asOf: string, bounds: readonly number[], bucket: number): DueRange {
  if (bucket === 0) return { dueFrom: asOf };
  const dueTo = addDays(asOf, -((bounds[bucket - 2] ?? 0) + 1));
  return bucket > bounds.length ? { dueTo } : { dueFrom: addDays(asOf, -bounds[bucket - 1]!), dueTo };
}
