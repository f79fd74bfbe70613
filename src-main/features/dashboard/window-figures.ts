import { sql, type RawBuilder } from 'kysely';
import { countWhere } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';

/** A span of business days, both ends included. */
export interface Window {
  from: string;
  to: string;
}

/** Per window, per currency, the sum of each value asked for. */
export type WindowSums = Map<string, number[]>[];

interface Source {
  /** `from <table> where …` without the date range; its rows must have `currency`. */
  from: RawBuilder<unknown>;
  date: RawBuilder<string>;
  values: RawBuilder<number>[];
}

/**
 * Sums of a source over several windows in one pass over the date range they cover together (this month
 * and last month's figures overlap), rather than one index scan per window.
 */
async function sumsInWindows(db: Db, source: Source, windows: readonly Window[]): Promise<WindowSums> {
  const from = windows.map((w) => w.from).sort()[0]!;
  const to = windows
    .map((w) => w.to)
    .sort()
    .at(-1)!;
  const columns = windows.flatMap((w, i) =>
    source.values.map(
      (value, j) =>
        sql`coalesce(sum(case when ${source.date} >= ${w.from} and ${source.date} <= ${w.to} then ${value} end), 0) as ${sql.raw(`s${i}_${j}`)}`,
    ),
  );
  const { rows } = await sql<Record<string, number> & { currency: string }>`
    select currency, ${sql.join(columns)} ${source.from} and ${source.date} >= ${from} and ${source.date} <= ${to}
    group by currency`.execute(db);
  return windows.map((_, i) => new Map(rows.map((r) => [r.currency, source.values.map((__, j) => Number(r[`s${i}_${j}`]))])));
}

/** Invoice totals by issue date, from the kept daily ledger. */
export const salesIn = (db: Db, windows: readonly Window[]) =>
  sumsInWindows(db, { from: sql`from daily_ledger where 1 = 1`, date: sql`day`, values: [sql`issued_total`] }, windows);

/** Invoice totals by due date, from the kept invoice summary (a few rows per day, not the invoices). */
export const dueIn = (db: Db, windows: readonly Window[]) =>
  sumsInWindows(db, { from: sql`from invoice_summary where 1 = 1`, date: sql`due_date`, values: [sql`total`] }, windows);

/** Live payments (not credit notes) by their date, from the kept daily collections (migration 17). */
export const collectedIn = (db: Db, windows: readonly Window[]) =>
  sumsInWindows(db, { from: sql`from daily_collections where 1 = 1`, date: sql`day`, values: [sql`collected`] }, windows);

/** Invoices paid in full by the day they were settled: [days late × amount, amount], from the kept daily ledger. */
export const latenessIn = (db: Db, windows: readonly Window[]) =>
  sumsInWindows(
    db,
    { from: sql`from daily_ledger where 1 = 1`, date: sql`day`, values: [sql`paid_late_weighted`, sql`paid_total`] },
    windows,
  );

/**
 * Share of promises falling due in a window (not cancelled) that were kept: live payments of the customer
 * in that currency from the day it was made to the promised day reached the promised amount — the same
 * rule as the promises themselves, kept per promise in `promise_paid` (migration 17).
 */
export async function promisesKeptIn(db: Db, window: Window): Promise<Map<string, number>> {
  const { rows } = await sql<{ currency: string; kept: number; n: number }>`
    select pr.currency, ${countWhere(sql`pp.paid >= pr.amount`)} as kept, count(*) as n
    from promises pr join promise_paid pp on pp.promise_id = pr.id
    where pr.status <> 'cancelled' and pr.promised_date >= ${window.from} and pr.promised_date <= ${window.to}
    group by pr.currency`.execute(db);
  return new Map(rows.map((r) => [r.currency, Number(r.kept) / Number(r.n)]));
}
