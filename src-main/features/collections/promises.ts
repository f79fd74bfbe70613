import { todayLocal } from '../../../src-shared/dates/business-date';
import type { PaymentPromise } from '../../../src-shared/domain/collections/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';
import { promiseState } from '../receivables/receivable-rules';

/** Each promise with what was paid towards it, kept in `promise_paid` by the receivables module's rule. */
const promiseSelect = (db: Db) =>
  db.selectFrom('promises as pr').innerJoin('promise_paid as pp', 'pp.promise_id', 'pr.id').selectAll('pr').select('pp.paid');

type PromiseRow = Awaited<ReturnType<ReturnType<typeof promiseSelect>['executeTakeFirstOrThrow']>>;

const toPromise = (r: PromiseRow, today: string): PaymentPromise => ({
  id: r.id,
  customerId: r.customer_id,
  currency: r.currency as Currency,
  amount: r.amount,
  promisedDate: r.promised_date,
  madeOn: r.made_on,
  note: r.note,
  status: promiseState({ status: r.status, amount: r.amount, promisedDate: r.promised_date, paid: Number(r.paid) }, today),
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
      created_by: ctx.actor.name,
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
