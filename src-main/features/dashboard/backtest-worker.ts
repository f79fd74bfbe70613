/**
 * Worker-thread entry of the daily back-test (see backtest-thread.ts): its own read-only connection to the
 * company file (WAL lets it read beside the main connection) and the same computation as the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../store/schema';
import { openSqliteFile, useSqliteBinding } from '../../store/sqlite-file';
import { backtestForecast } from './forecast';

export interface BacktestJob {
  file: string;
  nativeBinding: string | undefined;
  today: string;
  weeks: number;
}

async function run({ file, nativeBinding, today, weeks }: BacktestJob) {
  useSqliteBinding(nativeBinding);
  const raw = openSqliteFile(file, { readonly: true, fileMustExist: true });
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    return await backtestForecast(db, today, weeks);
  } finally {
    await db.destroy();
  }
}

run((workerData as { job: BacktestJob }).job).then(
  (value) => parentPort!.postMessage({ ok: true, value }),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.stack : String(error) }),
);
