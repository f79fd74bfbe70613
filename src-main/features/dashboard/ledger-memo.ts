import { sql } from 'kysely';
import type { Db } from '../../store/schema';

/**
 * Where the ledger stands: every change through the app appends to the audit log, and bulk loads (the demo,
 * an import) add rows; all are rowid maxima, read in microseconds. Days passing break plans with no audit entry:
 * their step on the plan's timeline counts too.
 */
async function ledgerMark(db: Db, ignoring: readonly string[]): Promise<string> {
  // Walks the audit log back from its end past the ignored actions (usually none or a few rows).
  const audit =
    ignoring.length === 0
      ? sql`(select coalesce(max(id), 0) from audit_log)`
      : sql`coalesce((select id from audit_log where action not in (${sql.join(ignoring)}) order by id desc limit 1), 0)`;
  const { rows } = await sql<{ mark: string }>`
    select ${audit} || '.' || (select coalesce(max(id), 0) from invoices) || '.' ||
           (select coalesce(max(id), 0) from allocations) || '.' || (select coalesce(max(id), 0) from payments) || '.' ||
           (select coalesce(max(id), 0) from plan_events) as mark`.execute(db);
  return rows[0]!.mark;
}

const memos = new WeakMap<object, Map<string, { mark: string; value: unknown }>>();

/**
 * A figure over the whole ledger, computed once per ledger state: opening the dashboard again, or switching
 * weeks and months back, does not rework a million invoices until something has changed.
 */
export async function memoOnLedger<T>(
  db: Db,
  key: string,
  compute: () => Promise<T>,
  /** Audited actions that cannot change this figure (logging a call does not change what is owed). */
  ignoring: readonly string[] = [],
): Promise<T> {
  return memoAt(db, await ledgerMark(db, ignoring), key, compute);
}

async function memoAt<T>(db: Db, mark: string, key: string, compute: () => Promise<T>): Promise<T> {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.mark === mark) return hit.value as T;
  const value = await compute();
  memo.set(key, { mark, value });
  return value;
}

/** Several figures of one ledger state, the mark read once for all (on a server: one round trip, not one each). */
export async function memosOnLedger<T extends readonly unknown[]>(
  db: Db,
  computes: { [K in keyof T]: readonly [key: string, compute: () => Promise<T[K]>] },
  ignoring: readonly string[] = [],
): Promise<T> {
  const mark = await ledgerMark(db, ignoring);
  return (await Promise.all(computes.map(([key, compute]) => memoAt(db, mark, key, compute)))) as unknown as T;
}
