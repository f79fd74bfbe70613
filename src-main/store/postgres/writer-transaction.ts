import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres, type AnyDb } from '../dialect/kind';

/** Any constant of our own (the migrator's lock is …301, the runner's …302). */
export const WRITER_LOCK = 7_246_517_303;

/**
 * SQLSTATEs after which the whole transaction is simply run again: a serialization failure or a deadlock (a
 * statement outside the writer lock, such as the outbox's claims, met it), and a unique key a concurrent
 * transaction took first (the next attempt sees that row: a real duplicate is then refused by the handler's check).
 */
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 4;

export const isRetryableConflict = (error: unknown): boolean =>
  RETRYABLE.has(String((error as { code?: unknown } | null)?.code ?? ''));

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * attempt + 5));

/**
 * Runs `work` in one writing transaction. SQLite has one writer at a time (its file lock). A company on a PostgreSQL
 * server gets the same rule from the engine: the transaction first takes the company's writer lock
 * (`pg_advisory_xact_lock`, released at commit or rollback), so writers of several PCs take turns and, at READ
 * COMMITTED, each statement after the lock sees everything the previous writer committed: an allocation reads the
 * open amounts another PC just changed, a "next number" follows the number another PC just took, a day marker
 * another PC just wrote stops a second run. Reads outside transactions (the screens) never wait for it.
 */
export async function writerTransaction<DB, T>(
  /** Read on each attempt (dispatch's `db` is a getter: a restore or company switch replaces it). */
  source: { readonly db: Kysely<DB> },
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const current = source.db;
    if (!isPostgres(current as AnyDb)) return current.transaction().execute(work);
    try {
      return await current.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx);
        return work(trx);
      });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryableConflict(error)) throw error;
      await pause(attempt);
    }
  }
}
