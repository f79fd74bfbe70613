import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src-main/store/schema';
import type { PlanStatus } from '../../src-main/store/tables/plans';

export interface PlanRows {
  customerId: number;
  currency: string;
  status: PlanStatus;
  startDate: string;
  statusDate: string;
  createdAt: string;
  /** The invoices it covers, each with the amount it covers, or what is open on it now when none is given. */
  invoices: { invoiceId: number; amount?: number }[];
  /** Numbered from 1. */
  instalments: { dueDate: string; amount: number; paid?: number }[];
}

/**
 * A payment plan written straight into its tables, through the store's Kysely (either store): for a paid amount or a
 * status no handler gives at once. Returns the plan's id and its instalments' ids.
 */
export async function insertPlanRows(db: Kysely<Database>, plan: PlanRows): Promise<{ planId: number; ids: number[] }> {
  const total = plan.instalments.reduce((sum, i) => sum + i.amount, 0);
  const { id: planId } = await db
    .insertInto('payment_plans')
    .values({
      customer_id: plan.customerId,
      currency: plan.currency,
      kind: 'instalment',
      status: plan.status,
      principal: total,
      total,
      frequency: 'custom',
      start_date: plan.startDate,
      status_date: plan.statusDate,
      created_at: plan.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const { invoiceId, amount } of plan.invoices)
    await db
      .insertInto('plan_invoices')
      .columns(['plan_id', 'invoice_id', 'amount'])
      .expression(
        db
          .selectFrom('invoices')
          .select([sql.lit(planId).as('plan_id'), 'id', amount === undefined ? 'open_amount' : sql.lit(amount).as('amount')])
          .where('id', '=', invoiceId),
      )
      .execute();
  const ids: number[] = [];
  for (const [seq, i] of plan.instalments.entries()) {
    const row = await db
      .insertInto('plan_instalments')
      .values({
        plan_id: planId,
        seq: seq + 1,
        kind: 'instalment',
        due_date: i.dueDate,
        amount: i.amount,
        paid_amount: i.paid ?? 0,
        customer_id: plan.customerId,
        currency: plan.currency,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return { planId, ids };
}
