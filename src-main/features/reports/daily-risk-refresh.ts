import type { Kysely } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { Database } from '../../store/schema';
import { refreshEveryonesFigures } from '../customers/customer-figures';
import { keepRiskCurrent } from './risk-store';

export interface DailyRiskRefresh {
  /** Brings every segment up to today now (the app calls it once when it opens). */
  run(): Promise<void>;
  stop(): void;
}

/**
 * Everyone's risk segment is worked out again once a day (overdue grows as days pass), ~0.4 s at a million
 * invoices. Doing it when the app opens and just after each midnight keeps that cost off the first screen of
 * the day; the screens still call `keepRiskCurrent`, which then finds nothing to do. The customer list's figures
 * (`customers/customer-figures.ts`: overdue grows with days too) are worked out again at the same moments.
 */
export function startDailyRiskRefresh(
  database: () => Kysely<Database> | null,
  now: () => Date = () => new Date(),
): DailyRiskRefresh {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = async () => {
    const db = database();
    if (!db) return;
    try {
      await keepRiskCurrent(db, todayLocal(now()));
    } catch (error) {
      console.error('Refreshing the risk segments failed', error);
    }
    try {
      await refreshEveryonesFigures(db, todayLocal(now()));
    } catch (error) {
      console.error("Refreshing the customer list's figures failed", error);
    }
  };
  const arm = () => {
    if (stopped) return;
    const at = now();
    const next = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, 0, 1);
    timer = setTimeout(() => void run().finally(arm), next.getTime() - at.getTime());
    timer.unref();
  };
  arm();
  return {
    run,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
