import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates/business-date';
import { bucketDueRange } from './aging-buckets';

describe('bucketDueRange', () => {
  const asOf = '2026-06-30';
  const bounds = [30, 60, 90, 120];

  it('cuts the due dates as the aging report does, every day in exactly one bucket', () => {
    expect(bucketDueRange(asOf, bounds, 0)).toEqual({ dueFrom: asOf });
    expect(bucketDueRange(asOf, bounds, 1)).toEqual({ dueFrom: addDays(asOf, -30), dueTo: addDays(asOf, -1) });
    expect(bucketDueRange(asOf, bounds, 2)).toEqual({ dueFrom: addDays(asOf, -60), dueTo: addDays(asOf, -31) });
    expect(bucketDueRange(asOf, bounds, 5)).toEqual({ dueTo: addDays(asOf, -121) });
    for (let overdue = -5; overdue <= 200; overdue++) {
      const due = addDays(asOf, -overdue);
      const holders = [0, 1, 2, 3, 4, 5].filter((b) => {
        const r = bucketDueRange(asOf, bounds, b);
        return (!r.dueFrom || due >= r.dueFrom) && (!r.dueTo || due <= r.dueTo);
      });
      const expected = overdue <= 0 ? 0 : overdue <= 30 ? 1 : overdue <= 60 ? 2 : overdue <= 90 ? 3 : overdue <= 120 ? 4 : 5;
      expect(holders).toEqual([expected]);
    }
  });
});
