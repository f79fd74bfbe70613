import type { PlanStatus } from '../../../src-shared/domain/plans/schemas';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../store/schema';

/**
 * Appends a dated step of a plan's life (made, broken, completed, …) for the customer's timeline; `by` is the
 * person who took it, null for what days passing or payments did.
 */
export async function recordPlanEvent(
  db: Db,
  plan: { id: number; customerId: number },
  event: 'created' | PlanStatus,
  date: string,
  now: Date,
  by: string | null,
): Promise<void> {
  await db
    .insertInto('plan_events')
    .values({ plan_id: plan.id, customer_id: plan.customerId, event, date, created_at: now.toISOString(), created_by: by })
    .execute();
}

/** Moves a plan to a status as of a day, and says so on the timeline: both writes in one transaction. */
export async function setPlanStatus(
  db: Db,
  plan: { id: number; customerId: number },
  status: PlanStatus,
  date: string,
  now: Date,
  by: string | null,
): Promise<void> {
  const write = async (trx: Db) => {
    await trx.updateTable('payment_plans').set({ status, status_date: date }).where('id', '=', plan.id).execute();
    await recordPlanEvent(trx, plan, status, date, now, by);
  };
  if (db.isTransaction) await write(db);
  else await (db as Kysely<Database>).transaction().execute(write);
}
