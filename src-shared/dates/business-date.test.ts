import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isBusinessDate, todayLocal } from './business-date';

describe('business dates', () => {
  it('validates real calendar days only', () => {
    expect(isBusinessDate('2026-02-28')).toBe(true);
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2026-13-01')).toBe(false);
    expect(isBusinessDate('31.12.2026')).toBe(false);
  });
  it('adds days across months, years and DST changes', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });
  it('reads today from the local calendar', () => {
    expect(todayLocal(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});
