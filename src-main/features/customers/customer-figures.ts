import { ledgerChangedCustomers } from '../../core/events';
import { writeSettingValue } from '../settings/settings-repo';
import { analyzeRewritten } from '../../store/dialect/planner-hints';
import { writeRows, type BatchColumns } from '../../store/dialect/row-batches';
import type { Kysely } from 'kysely';
import type { AppEvent } from '../../../src-shared/contract/events';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { HandlerContext } from '../../core/context';
import type { Database, Db } from '../../store/schema';
import type { CustomerFiguresTable } from '../../store/tables/customer-figures';
import { writeChaseRows } from './customer-chase';
import { overdueSplit } from '../receivables/receivables-by-customer';
import { balanceSql, nextExpectedSql, overdueSql, type FigureScope } from './collection-definitions';

/** Above this many changed customers in one write (an import), everyone is worked out at once: one pass is cheaper. */
const EVERYONE_ABOVE = 50;

/** Works out and stores the figures of one customer (or of everyone) as of `today`. */
async function computeFigures(db: Db, today: string, scope: FigureScope): Promise<void> {
  const [balances, overdue, expected] = await Promise.all([
    balanceSql(scope).execute(db),
    overdueSql(today, scope).execute(db),
    nextExpectedSql(db, today, scope).execute(db),
  ]);
  // Of the overdue, what is to chase (neither disputed nor in an active plan): Today reads it from here.
  const split = await overdueSplit(db, today, overdue.rows, scope === 'all' ? undefined : [scope]);
  const rows = new Map<string, CustomerFiguresTable>();
  const row = (customerId: number, currency: string) => {
    const key = `${customerId}:${currency}`;
    let found = rows.get(key);
    if (!found) {
      found = {
        customer_id: customerId,
        currency,
        balance: 0,
        overdue: 0,
        oldest_overdue_due: null,
        next_expected_day: null,
        next_expected_amount: 0,
        computed_on: today,
        to_chase: 0,
        oldest_to_chase_due: null,
        open_amount: 0,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const r of balances.rows)
    Object.assign(row(r.customer_id, r.currency), { balance: Number(r.balance), open_amount: Number(r.open) });
  for (const r of overdue.rows)
    Object.assign(row(r.customer_id, r.currency), { overdue: Number(r.overdue), oldest_overdue_due: r.oldest_due });
  for (const r of split)
    Object.assign(row(r.customerId, r.currency), { to_chase: r.toChase, oldest_to_chase_due: r.oldestToChase });
  for (const r of expected.rows)
    Object.assign(row(r.customer_id, r.currency), { next_expected_day: r.day, next_expected_amount: Number(r.amount) });

  let remove = db.deleteFrom('customer_figures');
  if (scope !== 'all') remove = remove.where('customer_id', '=', scope);
  await remove.execute();
  await writeRows(db, 'customer_figures', FIGURE_COLUMNS, [...rows.values()]);
  await writeChaseRows(db, rows.values(), scope === 'all' ? undefined : scope);
}

/** The figures table's columns as the server reads them from one JSON parameter (`writeRows`). */
export const FIGURE_COLUMNS: BatchColumns<CustomerFiguresTable> = {
  customer_id: 'bigint',
  currency: 'text',
  balance: 'bigint',
  overdue: 'bigint',
  oldest_overdue_due: 'text',
  next_expected_day: 'text',
  next_expected_amount: 'bigint',
  computed_on: 'text',
  to_chase: 'bigint',
  oldest_to_chase_due: 'text',
  open_amount: 'bigint',
};

/**
 * Run by dispatch before a writer commits: the figures of the customers whose ledger changed are worked out
 * again in its transaction (a few indexed reads per customer), so the list never shows a figure a write made old.
 */
export async function refreshFiguresOnLedgerChange(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  events: readonly AppEvent[],
): Promise<void> {
  await refreshFiguresOf(ctx.db, ctx.now(), ledgerChangedCustomers(events));
}

/**
 * The figures of some customers worked out again (in the caller's transaction, or one of their own): after a
 * ledger write, and when days passing break a plan (its debt is to chase again).
 */
export async function refreshFiguresOf(db: Db, now: Date, customerIds: readonly number[]): Promise<void> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return;
  const today = todayLocal(now);
  const work = async (trx: Db) => {
    if (ids.length > EVERYONE_ABOVE) return computeFigures(trx, today, 'all');
    for (const id of ids) await computeFigures(trx, today, id);
  };
  if (db.isTransaction) await work(db);
  else await (db as Kysely<Database>).transaction().execute(work);
}

/**
 * The explicit day step (the app's daily refresh when a company opens and after each midnight; the bench and bulk
 * loads call it too): overdue grows and the next expected day moves as days pass with no ledger change, and a
 * company just opened may hold a bulk load that wrote no figures (the demo company), so everyone's figures are
 * worked out again, in one transaction.
 */
export async function refreshEveryonesFigures(db: Kysely<Database>, today: string): Promise<void> {
  await db.transaction().execute((trx) => computeEveryone(trx, today));
}

/** Set to the day everyone's figures were last worked out, so the day step is a one-row read once done. */
const MARKER = 'customer_figures.day';

async function computeEveryone(db: Db, today: string): Promise<void> {
  await computeFigures(db, today, 'all');
  await analyzeRewritten(db, ['customer_figures', 'customer_chase']);
  await writeSettingValue(db, MARKER, today, new Date());
}

/**
 * Dispatch's refresh step for the queries that declare `fresh: ['customerFigures']` (and the daily refresh), in
 * its own transaction: everyone is worked out again on the first read of a day, or in a company never done.
 */
export async function customerFiguresRefresher(ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<void> {
  if (!(await customerFiguresCurrent(ctx))) await computeEveryone(ctx.db, todayLocal(ctx.now()));
}

/** Dispatch's read-only check before that step (and the step's own, under the writer lock): done today already. */
export async function customerFiguresCurrent(ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<boolean> {
  const marker = await ctx.db.selectFrom('settings').select('value').where('key', '=', MARKER).executeTakeFirst();
  return marker?.value === JSON.stringify(todayLocal(ctx.now()));
}
