import { isPostgres } from '../../store/dialect/kind';
import type { AppEvent } from '../../../src-shared/contract/events';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { BacktestAnswer, ForecastBacktest } from '../../../src-shared/domain/dashboard/types';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { backtestOnThread } from './backtest-thread';
import { backtestForecast } from './forecast';

const keyOf = (weeks: number) => `dashboardBacktest.${weeks}`;

async function keptOn(db: Db, today: string, weeks: number): Promise<ForecastBacktest | null> {
  const stored = await db.selectFrom('settings').select('value').where('key', '=', keyOf(weeks)).executeTakeFirst();
  if (!stored) return null;
  const { day, value } = JSON.parse(stored.value) as { day: string; value: ForecastBacktest };
  return day === today ? value : null;
}

async function keep(db: Db, today: string, weeks: number, value: ForecastBacktest): Promise<void> {
  const row = { key: keyOf(weeks), value: JSON.stringify({ day: today, value }), updated_at: new Date().toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}

/**
 * The back-test once a day. It covers the weeks up to yesterday, so nothing recorded today changes it, while
 * making it reworks every invoice open eight weeks ago (seconds of CPU at a million invoices): it is made on a
 * worker thread, kept in the settings table with its day, and made again on the next day. (A payment
 * back-dated into those weeks shows the next day.) Should the worker fail, the main thread makes it instead.
 */
export class DailyBacktests {
  readonly #running = new Map<string, Promise<void>>();

  constructor(private readonly deps: { publish(event: AppEvent): void; file(): string; db(): Db }) {}

  async answer(db: Db, today: string, weeks: number): Promise<BacktestAnswer> {
    const kept = await keptOn(db, today, weeks);
    if (kept) return { status: 'ready', ...kept };
    this.#start(db, today, weeks);
    return { status: 'computing' };
  }

  /** One run per company file, day and length, however many calls ask meanwhile. */
  #start(db: Db, today: string, weeks: number): void {
    const file = this.deps.file();
    const key = `${file}|${today}|${weeks}`;
    if (this.#running.has(key)) return;
    // The worker opens the SQLite file read-only; a server company's back-test is made here (the server does the work).
    const made = isPostgres(db) ? backtestForecast(db, today, weeks) : backtestOnThread(file, today, weeks);
    const run = made
      .catch((error: unknown) => {
        console.error('The back-test worker failed; making it on the main thread', error);
        return backtestForecast(db, today, weeks);
      })
      .then(async (value) => {
        // Another company opened or a backup restored meanwhile: not theirs to keep (asked again, it is made anew).
        if (this.deps.db() === db) await keep(db, today, weeks, value);
        this.deps.publish({ type: 'dashboard/backtest-ready', weeks });
      })
      .catch((error: unknown) => console.error('The daily back-test could not be kept', error))
      .finally(() => this.#running.delete(key));
    this.#running.set(key, run);
  }
}

export const backtestHandler =
  (backtests: DailyBacktests): Handler<'dashboard/backtest'> =>
  ({ weeks }, ctx) =>
    backtests.answer(ctx.db, todayLocal(ctx.now()), weeks);
