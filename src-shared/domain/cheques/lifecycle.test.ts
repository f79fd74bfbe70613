import { describe, expect, it } from 'vitest';
import { allowedNext, CHEQUE_STATUSES } from './lifecycle';
import { closedDaysOf } from '../../dates/business-days';
import { protestDeadline } from './protest-deadline';

describe('protest deadline', () => {
  it('is the second business day after the due date, weekends skipped', () => {
    expect(protestDeadline('2026-11-18')).toBe('2026-11-20'); // Wednesday → Friday
    expect(protestDeadline('2026-11-19')).toBe('2026-11-23'); // Thursday → Monday
    expect(protestDeadline('2026-11-20')).toBe('2026-11-24'); // Friday → Tuesday
    expect(protestDeadline('2026-11-21')).toBe('2026-11-24'); // Saturday → Tuesday
    expect(protestDeadline('2026-12-31')).toBe('2027-01-04'); // across the year, over a weekend
  });

  it('skips the closed days of the holiday list, but not a half-day arife', () => {
    const closed = closedDaysOf([
      { date: '2026-05-26', kind: 'half_day' },
      { date: '2026-05-27', kind: 'public' },
      { date: '2026-05-28', kind: 'public' },
      { date: '2026-05-29', kind: 'public' },
    ]);
    // Due Monday 25 May 2026: Tuesday the arife counts, then Kurban Bayramı and the weekend → Monday 1 June.
    expect(protestDeadline('2026-05-25', closed)).toBe('2026-06-01');
    expect(protestDeadline('2026-05-25')).toBe('2026-05-27');
  });
});

describe('allowed graph', () => {
  it('lets a cheque bounce and a note be protested, never the other way round', () => {
    for (const from of CHEQUE_STATUSES) {
      expect(allowedNext('cheque', from)).not.toContain('protested');
      expect(allowedNext('note', from)).not.toContain('bounced');
    }
  });
});
