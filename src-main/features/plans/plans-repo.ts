import { sql } from 'kysely';
import type { InstalmentState, PaymentPlan, PlanListItem, PlanPage } from '../../../src-shared/domain/plans/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, keysetPage } from '../../core/cursor';
import type { Db } from '../../store/schema';

export const instalmentState = (
  row: { amount: number; paid_amount: number; due_date: string },
  today: string,
): InstalmentState => {
  if (row.paid_amount >= row.amount) return 'paid';
  if (row.due_date < today) return 'late';
  return row.paid_amount > 0 ? 'partly_paid' : 'due';
};

const planSelect = (db: Db) =>
  db
    .selectFrom('payment_plans as p')
    .innerJoin('customers as c', 'c.id', 'p.customer_id')
    .selectAll('p')
    .select('c.title as customer_title')
    .select([
      sql<number>`(select coalesce(sum(paid_amount), 0) from plan_instalments where plan_id = p.id)`.as('paid'),
      sql<number>`(select count(*) from plan_instalments where plan_id = p.id)`.as('instalment_count'),
      sql<string | null>`(select min(due_date) from plan_instalments where plan_id = p.id and paid_amount < amount)`.as(
        'next_due',
      ),
    ]);

type PlanRow = Awaited<ReturnType<ReturnType<typeof planSelect>['executeTakeFirstOrThrow']>>;

const toListItem = (r: PlanRow): PlanListItem => ({
  id: r.id,
  customerId: r.customer_id,
  customerTitle: r.customer_title,
  currency: r.currency as Currency,
  kind: r.kind,
  status: r.status,
  statusDate: r.status_date,
  principal: r.principal,
  interestAmount: r.interest_amount,
  total: r.total,
  paid: Number(r.paid),
  instalmentCount: Number(r.instalment_count),
  nextDueDate: r.next_due,
  createdAt: r.created_at,
});

export async function loadPlan(db: Db, id: number, today: string, graceDays: number): Promise<PaymentPlan | undefined> {
  const row = await planSelect(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const invoices = await db
    .selectFrom('plan_invoices as pi')
    .innerJoin('invoices as i', 'i.id', 'pi.invoice_id')
    .select(['pi.invoice_id', 'pi.amount', 'i.number', 'i.due_date', 'i.open_amount'])
    .where('pi.plan_id', '=', id)
    .orderBy('i.due_date')
    .orderBy('i.id')
    .execute();
  const instalments = await db.selectFrom('plan_instalments').selectAll().where('plan_id', '=', id).orderBy('seq').execute();
  const successor = await db.selectFrom('payment_plans').select('id').where('replaces_plan_id', '=', id).executeTakeFirst();
  return {
    ...toListItem(row),
    downPayment: row.down_payment,
    interestRateBp: row.interest_rate_bp,
    interestInvoiceId: row.interest_invoice_id,
    remaining: invoices.reduce((sum, i) => sum + Math.min(i.open_amount, i.amount), 0),
    frequency: row.frequency,
    startDate: row.start_date,
    note: row.note,
    replacesPlanId: row.replaces_plan_id,
    replacedByPlanId: successor?.id ?? null,
    graceDays,
    invoices: invoices.map((i) => ({
      invoiceId: i.invoice_id,
      number: i.number,
      dueDate: i.due_date,
      amount: i.amount,
      openAmount: i.open_amount,
      isInterest: i.invoice_id === row.interest_invoice_id,
    })),
    instalments: instalments.map((r) => ({
      id: r.id,
      seq: r.seq,
      kind: r.kind,
      dueDate: r.due_date,
      amount: r.amount,
      paidAmount: r.paid_amount,
      state: instalmentState(r, today),
    })),
  };
}

export interface PlanListQuery {
  customerId?: number | undefined;
  status?: PaymentPlan['status'] | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Newest first, keyset on id: through (customer_id, status, id) or (status, id), the indexes of migration 10. */
export async function listPlans(db: Db, q: PlanListQuery): Promise<PlanPage> {
  let query = planSelect(db).select('p.id as sort_key');
  if (q.customerId !== undefined) query = query.where('p.customer_id', '=', q.customerId);
  if (q.status) query = query.where('p.status', '=', q.status);
  if (q.cursor) query = query.where('p.id', '<', decodeCursor(q.cursor, 'plans').id);
  const rows = await query
    .orderBy('p.id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const { rows: page, nextCursor } = keysetPage(rows, q.limit, 'plans');
  return { items: page.map(toListItem), nextCursor };
}
