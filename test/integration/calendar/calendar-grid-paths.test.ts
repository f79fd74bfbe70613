import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { dayTotals, everyonesDayTotals, itemsOf, topOfEachDay } from '../../../src-main/features/calendar/calendar-items';
import { addDays } from '../../../src-shared/dates/business-date';
import { calendarItemsInput } from '../../../src-shared/domain/calendar/schemas';
import { testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

describe('the month grid', () => {
  it('picks the same largest items per day whether it reads the range at once or day by day', async () => {
    const { today, now } = fixedClock();
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 40, invoices: 3000, today });
    const q = { ...calendarItemsInput.parse({ from: addDays(today, -30), to: addDays(today, 31) }), perDay: 3 };
    const items = itemsOf(b.store.db, q, today)!;
    const days = await dayTotals(b.store.db, items);
    expect(days.filter((d) => d.count > 3).length).toBeGreaterThan(5);
    // Everyone's totals read from the kept invoice summary are the items' own sums.
    expect(await everyonesDayTotals(b.store.db, q, today)).toEqual(days);
    const atOnce = await topOfEachDay(b.store.db, q, days, today);
    const dayByDay = await topOfEachDay(b.store.db, q, days, today, 0);
    expect(dayByDay).toEqual(atOnce);
    // The same day by day through the statement kept prepared on the connection, twice (the second run reuses it).
    for (let run = 0; run < 2; run++)
      expect(await topOfEachDay(b.store.db, q, days, today, 0, () => b.store.raw)).toEqual(atOnce);
    for (const day of days) expect(atOnce.filter((r) => r.date === day.date)).toHaveLength(Math.min(3, day.count));
  });
});
