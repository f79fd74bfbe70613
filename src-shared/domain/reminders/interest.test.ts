import { describe, expect, it } from 'vitest';
import { lateInterest } from './interest';

describe('late-payment interest', () => {
  it('is simple interest per day at the rate of each half-year, rounded once to a kuruş', () => {
    const rates = [
      { validFrom: '2025-07-01', annualRateBp: 4000 },
      { validFrom: '2026-01-01', annualRateBp: 3975 },
    ];
    // 100.000,00 TL due 21.12.2025, paid 10.01.2026: 10 days at 40 % and 10 days at 39,75 %.
    // 100000 × 0.40 × 10/365 = 1095,89; 100000 × 0.3975 × 10/365 = 1089,04; together 2184,93.
    expect(lateInterest(10_000_000, '2025-12-21', '2026-01-10', rates)).toBe(218_493);
    // Entirely within one half-year: 100000 × 0.3975 × 31/365.
    expect(lateInterest(10_000_000, '2026-01-01', '2026-02-01', rates)).toBe(337_603);
  });

  it('uses an agreed rate instead of the table, never compounds, and is nothing before or on the due date', () => {
    // 50.000,00 TL at an agreed 24 % for 30 days = 986,30.
    expect(lateInterest(5_000_000, '2026-03-01', '2026-03-31', [], 2400)).toBe(98_630);
    // Twice as long is exactly twice as much (simple, not compound), up to the one rounding.
    expect(lateInterest(5_000_000, '2026-03-01', '2026-04-30', [], 2400)).toBe(197_260);
    expect(lateInterest(5_000_000, '2026-03-01', '2026-03-01', [], 2400)).toBe(0);
    expect(lateInterest(5_000_000, '2026-03-01', '2026-02-20', [], 2400)).toBe(0);
  });

  it('charges nothing for days before the first known rate', () => {
    expect(lateInterest(3_650_000, '2025-12-30', '2026-01-02', [{ validFrom: '2026-01-01', annualRateBp: 10_000 }])).toBe(20_000);
  });
});
