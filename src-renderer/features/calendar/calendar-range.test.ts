import { describe, expect, it } from 'vitest';
import { daysOf, stepDay, viewRange, weekdayIndex } from './calendar-range';

describe('calendar ranges', () => {
  it('starts weeks on Monday', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0); // a Monday
    expect(weekdayIndex('2026-11-29')).toBe(6);
    expect(viewRange('week', '2026-11-26')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
  it('shows a month in whole weeks, and the agenda the month itself', () => {
    // November 2026 begins on a Sunday and ends on a Monday.
    expect(viewRange('month', '2026-11-15')).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(daysOf('2026-10-26', '2026-12-06')).toHaveLength(42);
    expect(viewRange('agenda', '2026-02-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
  it('steps by a month, or by a week in the week view', () => {
    expect(stepDay('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(stepDay('agenda', '2026-01-10', -1)).toBe('2025-12-01');
    expect(stepDay('week', '2026-12-29', 1)).toBe('2027-01-05');
  });
});
