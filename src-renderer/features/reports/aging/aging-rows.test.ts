import { describe, expect, it } from 'vitest';
import type { AgingRow } from '../../../../src-shared/domain/reports/types';
import { overdueOf, sortAgingRows } from './aging-rows';

const row = (customerId: number, customerTitle: string, buckets: number[], credit = 0): AgingRow => ({
  customerId,
  customerCode: `C${customerId}`,
  customerTitle,
  currency: 'TRY',
  buckets,
  credit,
  balance: buckets.reduce((a, b) => a + b, 0) - credit,
});

describe('aging rows', () => {
  const rows = [row(1, 'Çınar Ltd.', [500, 0, 0]), row(2, 'Ilgaz A.Ş.', [0, 100, 200]), row(3, 'İpek Gıda', [900, 50, 0], 100)];
  const ids = (sorted: AgingRow[]) => sorted.map((r) => r.customerId);

  it('sorts by balance, by overdue or by title in Turkish alphabetical order', () => {
    const collator = new Intl.Collator('tr');
    expect(ids(sortAgingRows(rows, 'balance', collator))).toEqual([3, 1, 2]);
    expect(ids(sortAgingRows(rows, 'overdue', collator))).toEqual([2, 3, 1]);
    // Ç after C, I (dotless) before İ (dotted).
    expect(ids(sortAgingRows(rows, 'title', collator))).toEqual([1, 2, 3]);
    expect(overdueOf(rows[1]!)).toBe(300);
  });
});
