import { describe, expect, it } from 'vitest';
import { addMonths, monthEnd, monthStart, previousMonth } from './months';

describe('months', () => {
  it('finds the first and last day of a month, leap years included', () => {
    expect(monthStart('2026-11-23')).toBe('2026-11-01');
    expect(monthEnd('2026-11-23')).toBe('2026-11-30');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
  });

  it('moves by months, falling back to the last day of a shorter month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-05-31', -15)).toBe('2025-02-28');
  });

  it('gives the previous full month', () => {
    expect(previousMonth('2026-03-05')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonth('2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
