import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './date-time-format';

describe('dateTimeFormat', () => {
  it('pads days, months and hours with zeros in both languages', () => {
    const moment = new Date(Date.UTC(2026, 0, 4, 9, 5));
    expect(dateTimeFormat('tr', 'UTC').format(moment)).toBe('04.01.2026 09:05');
    expect(dateTimeFormat('en', 'UTC').format(moment)).toBe('04/01/2026, 09:05');
  });
});
