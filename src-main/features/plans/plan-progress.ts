import { ledgerChangedCustomers } from '../../core/events';
import { sql } from 'kysely';
import type { AppEvent } from '../../../src-shared/contract/events';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { HandlerContext } from '../../core/context';
import { least } from '../../store/dialect/scalars';
import type { Db } from '../../store/schema';
import { refreshFiguresOf } from '../customers/customer-figures';
import { readPlanSettings } from './plan-settings';
import { setPlanStatus } from './plan-status';

/** Plans whose instalments still follow the ledger; replanned and cancelled ones are frozen as they ended. */
const LIVE = ['active', 'broken', 'completed'] as const;

/**
 * Spreads what has been paid towards each plan over its instalments, oldest first. Paid towards a plan is what
 * its invoices are no longer owed of what the plan took over (Σ covered − min(open, covered)), so a payment, a
 * credit note, a reversal, a bounced cheque or a write-off all move it without bookkeeping of their own.
 * Then the plan's status follows: everything paid → completed; a completed plan that is owed again → active.
 */
export async function syncPlanPayments(db: Db, customerIds: readonly number[], now: Date): Promise<void> {
  if (customerIds.length === 0) return;
  const today = todayLocal(now);
  const plans = await db
    .selectFrom('payment_plans as p')
    .select(['p.id', 'p.customer_id', 'p.status', 'p.total'])
    .select(
      sql<number>`(select coalesce(sum(pi.amount - ${least(db, sql`i.open_amount`, sql`pi.amount`)}), 0)
        from plan_invoices pi join invoices i on i.id = pi.invoice_id where pi.plan_id = p.id)`.as('paid'),
    )
    .where('p.customer_id', 'in', [...new Set(customerIds)])
    .where('p.status', 'in', LIVE)
    .execute();
  for (const plan of plans) {
    const instalments = await db
      .selectFrom('plan_instalments')
      .select(['id', 'amount', 'paid_amount'])
      .where('plan_id', '=', plan.id)
      .orderBy('seq')
      .execute();
    let left = Number(plan.paid);
    for (const row of instalments) {
      const paid = Math.min(left, row.amount);
      left -= paid;
      if (paid !== row.paid_amount)
        await db.updateTable('plan_instalments').set({ paid_amount: paid }).where('id', '=', row.id).execute();
    }
    const next = Number(plan.paid) >= plan.total ? 'completed' : plan.status === 'completed' ? 'active' : plan.status;
    // Payments complete a plan, not a person: nobody is named on the step.
    if (next !== plan.status) await setPlanStatus(db, { id: plan.id, customerId: plan.customer_id }, next, today, now, null);
  }
  // No live plan, no active one to break: most payments are of customers without a plan (two reads saved).
  if (plans.length > 0) await markBroken(db, now, customerIds);
}

/**
 * An active plan with an instalment still unpaid `graceDays` after its due day is broken, dated the first day
 * past the grace (the same whenever it is noticed). Broken stays broken until it is paid off, replanned or
 * cancelled: a plan the customer did not keep is the user's call, not a payment's.
 */
async function markBroken(db: Db, now: Date, customerIds?: readonly number[]): Promise<void> {
  const { graceDays } = await readPlanSettings(db);
  const broken = await lateInstalments(db, now, graceDays, customerIds).execute();
  for (const row of broken) {
    await setPlanStatus(
      db,
      { id: row.plan_id, customerId: row.customer_id },
      'broken',
      addDays(String(row.due_date), graceDays + 1),
      now,
      null,
    );
  }
  // A broken plan's debt is to chase again: its customers' kept figures follow (Today reads them).
  await refreshFiguresOf(
    db,
    now,
    broken.map((row) => row.customer_id),
  );
}

/** The earliest instalment still unpaid past the grace of each active plan (of these customers). */
function lateInstalments(db: Db, now: Date, graceDays: number, customerIds?: readonly number[]) {
  const cutoff = addDays(todayLocal(now), -graceDays);
  const late = db
    .selectFrom('plan_instalments as pi')
    .innerJoin('payment_plans as p', 'p.id', 'pi.plan_id')
    .select(['pi.plan_id', 'p.customer_id', (eb) => eb.fn.min('pi.due_date').as('due_date')])
    .where(sql<boolean>`pi.paid_amount < pi.amount`)
    .where('pi.due_date', '<', cutoff)
    .where('p.status', '=', 'active')
    .groupBy(['pi.plan_id', 'p.customer_id']);
  return customerIds ? late.where('pi.customer_id', 'in', [...new Set(customerIds)]) : late;
}

/**
 * Before plans are read (the plan list and card, the timeline, the reminder engine): active plans that days
 * passing have broken are marked so. One range read of the unpaid-instalment index up to the cutoff.
 */
export const keepPlansCurrent = (db: Db, now: Date): Promise<void> => markBroken(db, now);

/** Dispatch's read-only check before that step: no active plan has an instalment late past its grace. */
export async function planStatusCurrent(ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<boolean> {
  const { graceDays } = await readPlanSettings(ctx.db);
  return (await lateInstalments(ctx.db, ctx.now(), graceDays).limit(1).execute()).length === 0;
}

/** Dispatch's refresh step for queries that declare `fresh: ['planStatus']`, in its own transaction. */
export const planStatusRefresher = (ctx: Pick<HandlerContext, 'db' | 'now'>): Promise<void> =>
  keepPlansCurrent(ctx.db, ctx.now());

/** Dispatch's `beforeCommit`: the plans of every customer whose ledger a writer changed, in its transaction. */
export async function syncPlansOnLedgerChange(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  events: readonly AppEvent[],
): Promise<void> {
  const ids = ledgerChangedCustomers(events);
  if (ids.length > 0) await syncPlanPayments(ctx.db, ids, ctx.now());
}
