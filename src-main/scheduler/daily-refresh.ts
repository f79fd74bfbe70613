import { todayLocal } from '../../src-shared/dates/business-date';
import type { EventHub } from '../core/events';
import type { BackgroundService } from '../core/services';

export interface DailyRefresh extends BackgroundService {
  /** Brings every kind of derived rows up to today now (the app calls it when it opens). */
  run(): Promise<void>;
}

/** How often the day is looked at: a PC that slept through midnight (its timers paused) catches up within this. */
const WATCH_MS = 60_000;

/**
 * Derived rows that days passing make stale with no write at all (overdue grows, so risk segments move; an unpaid
 * instalment past its grace breaks a plan) are brought up to date when the app opens and as soon as the day
 * changes, each kind in its own transaction, so no screen pays for it. The day is looked at every minute (an
 * in-memory comparison), not by one timer set for midnight: a laptop asleep at midnight or a clock put forward
 * still gets its run before the first list of the day. A run that failed (the server away) is tried again at the
 * next look. The queries that need the rows still declare them `fresh`; dispatch's check then finds them current.
 */
export function dailyRefresh(
  refreshAll: () => Promise<void>,
  options: { now?: () => Date; events?: EventHub } = {},
): DailyRefresh {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  /** The local day the last run completed for. */
  let doneFor: string | null = null;
  // One run at a time, and stopping waits for it: a company switch closes the store right after.
  let running: Promise<void> = Promise.resolve();
  const run = () =>
    (running = running.then(async () => {
      if (stopped) return;
      const day = todayLocal(now());
      try {
        await refreshAll();
        doneFor = day;
      } catch (error) {
        console.error('The daily refresh failed', error);
      }
    }));
  const watch = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      const due = doneFor !== todayLocal(now());
      void (due ? run() : running).finally(watch);
    }, WATCH_MS);
    timer.unref();
  };
  return {
    run,
    async start() {
      stopped = false;
      // Another company file (a restore, a switch) has its own day to catch up on.
      unsubscribe = options.events?.subscribe((event) => {
        if (event.type === 'store/replaced') void run();
      });
      await run();
      watch();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
