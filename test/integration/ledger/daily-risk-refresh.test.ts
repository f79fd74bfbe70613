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
  it('runs when asked (the app opening) and again just after midnight, so no screen pays for it', async () => {
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

      // To 00:01, the moment of the run, and no further: the driver's own timers are faked too (a server connection's
      // timeout would fire in an hour moved past while the run connects).
      await vi.advanceTimersByTimeAsync((2 * 60 + 1) * 60 * 1000);
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
});
