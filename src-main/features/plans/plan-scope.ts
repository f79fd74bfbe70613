import { AppError, type FieldIssue } from '../../../src-shared/contract/errors';
import type { PlanCreateInput } from '../../../src-shared/domain/plans/schemas';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import type { Db } from '../../store/schema';

export interface CoveredInvoice {
  id: number;
  /** What the plan takes over of it: its open amount now (or, on a replan, what is left of the old plan's part). */
  amount: number;
}

/** Plans that still speak for their invoices: a second one may not cover them at the same time. */
export const HOLDING_STATUSES = ['active', 'broken'] as const;

/** Which of these invoices a live plan holds, and which plan. */
export async function heldByPlan(db: Db, invoiceIds: number[]): Promise<Map<number, number>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('plan_invoices as pi')
    .innerJoin('payment_plans as p', 'p.id', 'pi.plan_id')
    .select(['pi.invoice_id', 'pi.plan_id'])
    .where('pi.invoice_id', 'in', invoiceIds)
    .where('p.status', 'in', HOLDING_STATUSES)
    .execute();
  return new Map(rows.map((r) => [r.invoice_id, r.plan_id]));
}

export async function refuse(
  ctx: HandlerContext,
  issues: { path: FieldIssue['path']; key: MessageKey; params?: Record<string, string | number> }[],
): Promise<never> {
  const language = await ctx.language();
  throw new AppError({
    kind: 'validation',
    message: translate(language, issues[0]!.key, issues[0]!.params),
    issues: issues.map((i) => ({ ...i, message: translate(language, i.key, i.params) })),
  });
}

/**
 * The invoices a new plan covers, each with its open amount: the listed ones (each must be the customer's, in
 * the plan's currency, still open and on no other live plan) or every overdue open invoice of the customer in
 * that currency that no live plan holds.
 */
export async function coveredInvoices(ctx: HandlerContext, input: PlanCreateInput, today: string): Promise<CoveredInvoice[]> {
  if (input.scope === 'overdue') {
    const rows = await ctx.db
      .selectFrom('invoices')
      .select(['id', 'open_amount'])
      .where('customer_id', '=', input.customerId)
      .where('currency', '=', input.currency)
      .where('open_amount', '>', 0)
      .where('due_date', '<', today)
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    const held = await heldByPlan(
      ctx.db,
      rows.map((r) => r.id),
    );
    const free = rows.filter((r) => !held.has(r.id));
    if (free.length === 0) return refuse(ctx, [{ path: ['scope'], key: 'plans.noOverdue' }]);
    return free.map((r) => ({ id: r.id, amount: r.open_amount }));
  }
  if (input.invoiceIds.length === 0) return refuse(ctx, [{ path: ['invoiceIds'], key: 'plans.noInvoices' }]);
  const ids = [...new Set(input.invoiceIds)];
  const rows = await ctx.db
    .selectFrom('invoices')
    .select(['id', 'customer_id', 'currency', 'open_amount'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const held = await heldByPlan(ctx.db, ids);
  const issues: Parameters<typeof refuse>[1] = [];
  input.invoiceIds.forEach((id, i) => {
    const row = byId.get(id);
    const path = ['invoiceIds', i];
    if (!row) issues.push({ path, key: 'validation.unknownInvoice' });
    else if (row.customer_id !== input.customerId) issues.push({ path, key: 'validation.otherCustomer' });
    else if (row.currency !== input.currency)
      issues.push({ path, key: 'validation.currencyMismatch', params: { expected: input.currency } });
    else if (row.open_amount <= 0) issues.push({ path, key: 'validation.nothingOpen' });
    else if (held.has(id)) issues.push({ path, key: 'plans.invoiceInPlan' });
  });
  if (issues.length > 0) return refuse(ctx, issues);
  return ids.map((id) => ({ id, amount: byId.get(id)!.open_amount }));
}
