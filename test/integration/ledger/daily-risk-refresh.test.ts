import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { dailyRefresh } from '../../../src-main/scheduler/daily-refresh';
import { todayLocal } from '../../../src-shared/dates/business-date';
import { storeSql } from '../../support/store-sql';
import { testBackend } from '../../support/test-backend';

const refreshedOn = (b: Awaited<ReturnType<typeof testBackend>>) =>
  storeSql(b).value<string>("select value from settings where key = 'riskRefreshedOn'");
const segmentsOn = (b: Awaited<ReturnType<typeof testBackend>>, day: string) =>
  storeSql(b).value('select count(*) from customer_risk where refreshed_on = ?', day);

afterEach(() => vi.useRealTimers());

describe('the daily refresh of every risk segment', () => {
  it('runs when asked (the app opening) and again at midnight, so no screen pays for it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 22, 0));
    const b = await testBackend();
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 30, invoices: 300 });
    const refresh = dailyRefresh(() => b.refreshDerived());
    try {
      expect(await refreshedOn(b)).toBeUndefined();
      await refresh.start();
      const today = todayLocal();
      expect(await refreshedOn(b)).toBe(JSON.stringify(today));
      expect(await segmentsOn(b, today)).toBe(30);

      // To 00:00, the first look of the new day (the moment of the run), and no further: the driver's own timers are
      // faked too (a server connection's timeout would fire in a minute moved past while the run connects).
      await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000);
      // The refresh the timer started works through the driver's promises (on a server, its round trips too);
      // setImmediate and performance.now are not faked.
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && (await refreshedOn(b)) !== JSON.stringify(todayLocal()))
        await new Promise((resolve) => setImmediate(resolve));
      expect(await refreshedOn(b)).toBe(JSON.stringify(todayLocal()));
      expect(todayLocal()).not.toBe(today);
      expect(await segmentsOn(b, todayLocal())).toBe(30);
    } finally {
      await refresh.stop();
    }
  });

  it('catches up within a minute when the PC slept through midnight, and tries a failed run again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 22, 0));
    const days: string[] = [];
    let failing = false;
    const refresh = dailyRefresh(async () => {
      if (failing) throw new Error('the server is away');
      days.push(todayLocal());
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await refresh.start();
      expect(days).toEqual(['2026-11-23']);
      await vi.advanceTimersByTimeAsync(5 * 60 * 1000); // the same day: looked at, not run again
      expect(days).toEqual(['2026-11-23']);
      // Asleep from 22:05 to 08:00: no timer fired at midnight; the clock says the next day on waking.
      vi.setSystemTime(new Date(2026, 10, 24, 8, 0));
      failing = true;
      await vi.advanceTimersByTimeAsync(60 * 1000);
      expect(days).toEqual(['2026-11-23']);
      expect(quiet).toHaveBeenCalledTimes(1);
      failing = false;
      await vi.advanceTimersByTimeAsync(60 * 1000);
      expect(days).toEqual(['2026-11-23', '2026-11-24']);
      await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
      expect(days).toEqual(['2026-11-23', '2026-11-24']);
    } finally {
      quiet.mockRestore();
      await refresh.stop();
    }
  });
});
