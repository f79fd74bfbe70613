import type { EventHub } from '../core/events';
import type { BackgroundService } from '../core/services';

export interface DailyRefresh extends BackgroundService {
  /** Brings every kind of derived rows up to today now (the app calls it when it opens). */
  run(): Promise<void>;
}

/**
 * Derived rows that days passing make stale with no write at all (overdue grows, so risk segments move; an unpaid
 * instalment past its grace breaks a plan) are brought up to date when the app opens and just after each
 * midnight, each kind in its own transaction, so no screen pays for it. The queries that need them still declare
 * them `fresh`; dispatch's refresh then finds nothing to do.
 */
export function dailyRefresh(
  refreshAll: () => Promise<void>,
  options: { now?: () => Date; events?: EventHub } = {},
): DailyRefresh {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  // One run at a time, and stopping waits for it: a company switch closes the store right after.
  let running: Promise<void> = Promise.resolve();
  const run = () =>
    (running = running.then(async () => {
      if (stopped) return;
      try {
        await refreshAll();
      } catch (error) {
        console.error('The daily refresh failed', error);
      }
    }));
  const arm = () => {
    if (stopped) return;
    const at = now();
    const next = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, 0, 1);
    timer = setTimeout(() => void run().finally(arm), next.getTime() - at.getTime());
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
      arm();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
