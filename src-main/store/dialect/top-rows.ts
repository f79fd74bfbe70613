import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type AnyDb } from './kind';

/** How a read takes the first `n` rows by a score, ties in a key's order (`firstByScore`). */
export interface ScoreTails {
  /** The end of the ORDER BY for the first read. */
  first: RawBuilder<unknown>;
  /** Rows the first read takes beyond `n` (to see whether ties cross the end). */
  extra: number;
  /** The end of the ORDER BY for a read again with every row tying with the n-th; null where the first is exact. */
  ties: RawBuilder<unknown> | null;
}

/**
 * SQLite orders ties by `tieBreak` and takes exactly `n` rows. On a server a text key worked out for every row cost
 * 7 ms over 10,000 rows, and `with ties` sorts every row (no bounded sort): there the first read takes one row more
 * by the score alone, and only when that row ties with the n-th is the read made again with every tie (the caller
 * orders ties itself).
 */
export const scoreTails = (db: AnyDb, n: number, tieBreak: RawBuilder<unknown>): ScoreTails =>
  isPostgres(db)
    ? { first: sql`limit ${sql.lit(n + 1)}`, extra: 1, ties: sql`fetch first ${sql.lit(n)} rows with ties` }
    : { first: sql`, ${tieBreak} limit ${sql.lit(n)}`, extra: 0, ties: null };

/**
 * A read made with `scoreTails` (`read` runs the statement with one of its tails): its `ranked` rows are then the
 * first `n` by score, with every row tying with the n-th, or exactly `n`.
 */
export async function firstByScore<R extends { score: number }, X extends { ranked: R[] }>(
  tails: ScoreTails,
  n: number,
  read: (tail: RawBuilder<unknown>) => Promise<X>,
): Promise<X> {
  const result = await read(tails.first);
  const ranked = [...result.ranked].sort((a, b) => b.score - a.score);
  if (tails.extra === 0 || ranked.length <= n) return result;
  if (ranked[n]!.score === ranked[n - 1]!.score && tails.ties) return read(tails.ties);
  return { ...result, ranked: ranked.slice(0, n) };
}
