import { describe, expect, it } from 'vitest';
import { invoiceTotals, lineAmounts, toScaled } from './line-math';

describe('invoice line math', () => {
  it('computes a line with discount and KDV in kuruş', () => {
    // 2,5 × 1.234,56 ₺ = 3.086,40; %10 discount → 2.777,76; %20 KDV → 555,55
    expect(lineAmounts({ quantityMilli: 2500, unitPrice: 123456, vatRate: 20, discountBasisPoints: 1000 })).toEqual({
      gross: 308640,
      discount: 30864,
      net: 277776,
      vat: 55555,
      total: 333331,
    });
  });
  it('adds lines with VAT rounded per line', () => {
    const t = invoiceTotals([
      { quantityMilli: 1000, unitPrice: 5, vatRate: 10, discountBasisPoints: 0 },
      { quantityMilli: 1000, unitPrice: 5, vatRate: 10, discountBasisPoints: 0 },
    ]);
    expect(t).toEqual({ net: 10, vat: 2, total: 12 });
  });
  it('scales decimals exactly or refuses them', () => {
    expect(toScaled(1.5, 1000)).toBe(1500);
    expect(toScaled(0.001, 1000)).toBe(1);
    expect(toScaled(1.2345, 1000)).toBeNull();
    expect(toScaled(12.5, 100)).toBe(1250);
  });
});
