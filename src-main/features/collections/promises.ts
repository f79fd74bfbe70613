import { sql } from 'kysely';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { PaymentPromise, PromiseStatus } from '../../../src-shared/domain/collections/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';

/**
 * What was paid towards a promise `pr`: live payments of the same customer and currency dated from the day
 * the promise was made to the promised day.
 */
export const paidTowardsPromise = sql<number>`coalesce((select sum(p.amount) from payments p
  where p.customer_id = pr.customer_id and p.currency = pr.currency and p.kind = 'payment'
    and p.reversed_at is null and p.date >= pr.made_on and p.date <= pr.promised_date), 0)`;

const promiseSelect = (db: Db) => db.selectFrom('promises as pr').selectAll('pr').select(paidTowardsPromise.as('paid'));

type PromiseRow = Awaited<ReturnType<ReturnType<typeof promiseSelect>['executeTakeFirstOrThrow']>>;

/** Kept and broken are derived, so a late-recorded or reversed payment changes them without bookkeeping. */
export function promiseStatus(
  row: Pick<PromiseRow, 'status' | 'amount' | 'promised_date' | 'paid'>,
  today: string,
): PromiseStatus {
  if (row.status === 'cancelled') return 'cancelled';
  if (Number(row.paid) >= row.amount) return 'kept';
  return row.promised_date < today ? 'broken' : 'pending';
}

const toPromise = (r: PromiseRow, today: string): PaymentPromise => ({
  id: r.id,
  customerId: r.customer_id,
  currency: r.currency as Currency,
  amount: r.amount,
  promisedDate: r.promised_date,
  madeOn: r.made_on,
  note: r.note,
  status: promiseStatus(r, today),
  paidSoFar: Math.min(Number(r.paid), r.amount),
});

export async function mustLoad(ctx: HandlerContext, id: number): Promise<PaymentPromise> {
  const row = await promiseSelect(ctx.db).where('pr.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Promise ${id} does not exist`);
  return toPromise(row, todayLocal(ctx.now()));
}

export const createPromise: Handler<'promises/create'> = async (input, ctx) => {
  await requireCustomer(ctx, input.customerId);
  const madeOn = input.madeOn ?? todayLocal(ctx.now());
  if (input.promisedDate < madeOn)
    throw fieldError(await ctx.language(), 'validation', ['promisedDate'], 'validation.promiseBeforeMade');
  const { id } = await ctx.db
    .insertInto('promises')
    .values({
      customer_id: input.customerId,
      currency: input.currency,
      amount: input.amount,
      promised_date: input.promisedDate,
      note: input.note,
      made_on: madeOn,
      status: 'pending',
      settled_on: null,
      created_at: ctx.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const promise = await mustLoad(ctx, id);
  await recordAudit(ctx, 'promises/create', 'promise', id, null, promise);
  ctx.emit({ type: 'ledger/changed', customerIds: [input.customerId] });
  return promise;
};

export const cancelPromise: Handler<'promises/cancel'> = async ({ id }, ctx) => {
  const current = await mustLoad(ctx, id);
  if (current.status !== 'pending') throw fieldError(await ctx.language(), 'conflict', ['id'], 'validation.promiseClosed');
  await ctx.db
    .updateTable('promises')
    .set({ status: 'cancelled', settled_on: todayLocal(ctx.now()) })
    .where('id', '=', id)
    .execute();
  const cancelled = await mustLoad(ctx, id);
  await recordAudit(ctx, 'promises/cancel', 'promise', id, current, cancelled);
  ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
  return cancelled;
};

export const listPromises: Handler<'promises/list'> = async ({ customerId }, ctx) => {
  const rows = await promiseSelect(ctx.db)
    .where('pr.customer_id', '=', customerId)
    .orderBy('pr.promised_date', 'desc')
    .orderBy('pr.id', 'desc')
    .limit(500)
    .execute();
  const today = todayLocal(ctx.now());
  return rows.map((r) => toPromise(r, today));
};
