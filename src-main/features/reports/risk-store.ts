import { ledgerChangedCustomers } from '../../core/events';
import { writeSettingValue } from '../settings/settings-repo';
import { analyzeRewritten } from '../../store/dialect/planner-hints';
import { writeRows } from '../../store/dialect/row-batches';
import type { Kysely } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { HandlerContext } from '../../core/context';
import type { Database, Db } from '../../store/schema';
import { scoreRisk } from './risk';
import { NO_HISTORY, riskFactorsOf, type CustomerScope } from './risk-factors';

/** Recomputes and stores the segment of these customers (or of everyone) as of `today`, in one write. */
export async function refreshRisk(db: Db, today: string, scope: CustomerScope): Promise<void> {
  const factors = await riskFactorsOf(db, today, scope);
  const ids = scope === 'all' ? (await db.selectFrom('customers').select('id').execute()).map((r) => r.id) : [...new Set(scope)];
  const rows = ids.map((id) => {
    const risk = scoreRisk(id, factors.get(id) ?? NO_HISTORY);
    return { customer_id: id, segment: risk.segment, score: risk.score, refreshed_on: today };
  });
  await writeRows(db, 'customer_risk', RISK_COLUMNS, rows, {
    key: ['customer_id'],
    update: ['segment', 'score', 'refreshed_on'],
  });
}

const RISK_COLUMNS = { customer_id: 'bigint', segment: 'text', score: 'bigint', refreshed_on: 'text' } as const;

/** Above this many changed customers in one write (an import), their segments are marked stale, not worked out. */
const INLINE_UP_TO = 50;

/**
 * Run by dispatch before a writer commits, after the plans are brought in line: the segments of the customers whose
 * ledger changed are worked out again in the same transaction (a few indexed reads for a payment's customer), so
 * the first list after the write has nothing to refresh (on a server that step was a transaction of its own, 7 ms
 * of Today's 50 after a payment). A bulk write marks them stale instead (a cheap write); the list recomputes them
 * before it reads.
 */
export async function refreshRiskOnLedgerChange(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  events: readonly AppEvent[],
): Promise<void> {
  const ids = ledgerChangedCustomers(events);
  if (ids.length === 0) return;
  if (ids.length <= INLINE_UP_TO) {
    await refreshRisk(ctx.db, todayLocal(ctx.now()), ids);
    return;
  }
  await ctx.db
    .insertInto('customer_risk')
    .values(ids.map((id) => ({ customer_id: id, segment: 'B' as const, score: 0, refreshed_on: STALE })))
    .onConflict((oc) => oc.column('customer_id').doUpdateSet({ refreshed_on: STALE }))
    .execute();
}

/** `refreshed_on` of a segment that a ledger change has made stale (sorts before every day). */
const STALE = '';

/** The settings row (internal, not a user setting) that says which day every segment was last computed on. */
const MARKER = 'riskRefreshedOn';

/**
 * Before the customer list reads: the segments marked stale by a ledger change are computed again, and once a
 * day everyone's (overdue grows and promises break as days pass with no ledger change; a bulk load such as the
 * demo company writes no segments at all).
 */
export async function keepRiskCurrent(db: Db, today: string): Promise<void> {
  const marker = await db.selectFrom('settings').select('value').where('key', '=', MARKER).executeTakeFirst();
  const everyone = marker?.value !== JSON.stringify(today);
  const stale = everyone
    ? []
    : (await db.selectFrom('customer_risk').select('customer_id').where('refreshed_on', '<', today).execute()).map(
        (r) => r.customer_id,
      );
  if (!everyone && stale.length === 0) return;
  const refresh = async (trx: Db) => {
    await refreshRisk(trx, today, everyone ? 'all' : stale);
    if (!everyone) return;
    // The list joins these on every page; a company just loaded has no statistics for its customers either.
    await analyzeRewritten(trx, ['customer_risk', 'customers']);
    await writeSettingValue(trx, MARKER, today, new Date());
  };
  // A query runs outside a transaction: this write gets its own (the segments and the marker together).
  if (db.isTransaction) await refresh(db);
  else await (db as Kysely<Database>).transaction().execute(refresh);
}

/**
 * Dispatch's read-only check before that step: today's marker is set and no segment is marked stale, read in one
 * statement (one snapshot: a refresh commits its segments and the marker together, so both are seen or neither).
 */
export async function riskSegmentsCurrent(ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<boolean> {
  const today = todayLocal(ctx.now());
  const row = await ctx.db
    .selectNoFrom((eb) => [
      eb.selectFrom('settings').select('value').where('key', '=', MARKER).as('marker'),
      eb.exists(eb.selectFrom('customer_risk').select('customer_id').where('refreshed_on', '<', today)).as('stale'),
    ])
    .executeTakeFirstOrThrow();
  // SQLite answers exists with 0/1, PostgreSQL with a boolean.
  return row.marker === JSON.stringify(today) && !Number(row.stale);
}

/** Dispatch's refresh step for queries that declare `fresh: ['riskSegments']`, in its own transaction. */
export const riskSegmentsRefresher = (ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<void> =>
  keepRiskCurrent(ctx.db, todayLocal(ctx.now()));
