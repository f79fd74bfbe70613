import type { Kysely } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { HandlerContext } from '../../core/context';
import type { Database, Db } from '../../store/schema';
import { scoreRisk } from './risk';
import { NO_HISTORY, riskFactorsOf, type CustomerScope } from './risk-factors';

const CHUNK = 500;

/** Recomputes and stores the segment of these customers (or of everyone) as of `today`. */
export async function refreshRisk(db: Db, today: string, scope: CustomerScope): Promise<void> {
  const factors = await riskFactorsOf(db, today, scope);
  const ids = scope === 'all' ? (await db.selectFrom('customers').select('id').execute()).map((r) => r.id) : [...new Set(scope)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = ids.slice(i, i + CHUNK).map((id) => {
      const risk = scoreRisk(id, factors.get(id) ?? NO_HISTORY);
      return { customer_id: id, segment: risk.segment, score: risk.score, refreshed_on: today };
    });
    await db
      .insertInto('customer_risk')
      .values(rows)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet((eb) => ({
          segment: eb.ref('excluded.segment'),
          score: eb.ref('excluded.score'),
          refreshed_on: eb.ref('excluded.refreshed_on'),
        })),
      )
      .execute();
  }
}

/**
 * Run by dispatch before a writer commits: the customers whose ledger changed get their segment again, in
 * the same transaction, so the list never shows a segment from before the change.
 */
export async function refreshRiskAfterChanges(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  events: readonly AppEvent[],
): Promise<void> {
  const ids = events.flatMap((event) => (event.type === 'ledger/changed' ? event.customerIds : []));
  if (ids.length > 0) await refreshRisk(ctx.db, todayLocal(ctx.now()), ids);
}

/** The settings row (internal, not a user setting) that says which day every segment was last computed on. */
const MARKER = 'riskRefreshedOn';

/**
 * Overdue amounts grow and promises break as days pass with no change to the ledger, and a bulk load (the
 * demo company) writes no segments: once a day, the first time the list asks, every segment is computed again.
 */
export async function keepRiskCurrent(db: Db, today: string): Promise<void> {
  const marker = await db.selectFrom('settings').select('value').where('key', '=', MARKER).executeTakeFirst();
  if (marker?.value === JSON.stringify(today)) return;
  const refreshAll = async (trx: Db) => {
    await refreshRisk(trx, today, 'all');
    const row = { key: MARKER, value: JSON.stringify(today), updated_at: new Date().toISOString() };
    await trx
      .insertInto('settings')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
      .execute();
  };
  // A query runs outside a transaction: this one write gets its own (all segments and the marker together).
  if (db.isTransaction) await refreshAll(db);
  else await (db as Kysely<Database>).transaction().execute(refreshAll);
}
