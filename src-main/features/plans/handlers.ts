import { todayLocal } from '../../../src-shared/dates/business-date';
import { proposeSchedule } from '../../../src-shared/domain/plans/propose';
import type { PaymentPlan } from '../../../src-shared/domain/plans/types';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { recordAudit, SINGLETON_ID } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';
import { loadClosedDays } from '../holidays/holidays-repo';
import { keepPlansCurrent, syncPlanPayments } from './plan-progress';
import { coveredInvoices, heldByPlan, HOLDING_STATUSES } from './plan-scope';
import { readPlanSettings, writePlanSettings } from './plan-settings';
import { setPlanStatus } from './plan-status';
import { writePlan } from './plan-write';
import { listPlans, loadPlan } from './plans-repo';
import type { ScheduleMethods } from './schedule-handlers';

async function mustLoad(ctx: HandlerContext, id: number): Promise<PaymentPlan> {
  const plan = await loadPlan(ctx.db, id, todayLocal(ctx.now()), (await readPlanSettings(ctx.db)).graceDays);
  if (!plan) throw notFound(`Plan ${id} does not exist`);
  return plan;
}

/** A new plan: its instalments take over what was already paid (none, usually), then it is read back. */
async function settle(ctx: HandlerContext, id: number, customerId: number): Promise<PaymentPlan> {
  await syncPlanPayments(ctx.db, [customerId], ctx.now());
  ctx.emit({ type: 'ledger/changed', customerIds: [customerId] });
  return mustLoad(ctx, id);
}

async function mustBeLive(ctx: HandlerContext, plan: PaymentPlan): Promise<void> {
  if (!(HOLDING_STATUSES as readonly string[]).includes(plan.status))
    throw fieldError(await ctx.language(), 'conflict', ['id'], 'plans.notLive');
}

/** The plans themselves; the printable schedule's methods are in `schedule-handlers.ts` (they need the document host). */
export const plansHandlers: Omit<DomainHandlers<'plans'>, ScheduleMethods> = {
  'plans/propose': async (input, ctx) =>
    proposeSchedule(input, input.moveToBusinessDay ? await loadClosedDays(ctx.db) : undefined),

  'plans/create': async (input, ctx) => {
    await requireCustomer(ctx, input.customerId);
    const covered = await coveredInvoices(ctx, input, todayLocal(ctx.now()));
    const id = await writePlan(ctx, {
      customerId: input.customerId,
      currency: input.currency,
      kind: input.scope === 'overdue' || covered.length > 1 ? 'restructure' : 'instalment',
      covered,
      schedule: input,
      replacesPlanId: null,
    });
    const plan = await settle(ctx, id, input.customerId);
    await recordAudit(ctx, 'plans/create', 'plan', id, null, plan);
    return plan;
  },

  'plans/get': async ({ id }, ctx) => {
    return mustLoad(ctx, id);
  },

  'plans/list': async (input, ctx) => {
    return listPlans(ctx.db, input);
  },

  'plans/cancel': async ({ id }, ctx) => {
    const current = await mustLoad(ctx, id);
    await mustBeLive(ctx, current);
    await setPlanStatus(ctx.db, current, 'cancelled', todayLocal(ctx.now()), ctx.now(), ctx.actor.name);
    const cancelled = await mustLoad(ctx, id);
    await recordAudit(ctx, 'plans/cancel', 'plan', id, current, cancelled);
    ctx.emit({ type: 'ledger/changed', customerIds: [current.customerId] });
    return cancelled;
  },

  /**
   * What is left of each invoice (its open amount, up to what the old plan covered of it) moves to a new plan;
   * the old one is closed as replanned first, so the invoices are free to be covered again.
   */
  'plans/replan': async ({ id, ...schedule }, ctx) => {
    const current = await mustLoad(ctx, id);
    await mustBeLive(ctx, current);
    const covered = current.invoices
      .map((i) => ({ id: i.invoiceId, amount: Math.min(i.openAmount, i.amount) }))
      .filter((i) => i.amount > 0);
    if (covered.length === 0) throw fieldError(await ctx.language(), 'conflict', ['id'], 'plans.nothingLeft');
    await setPlanStatus(ctx.db, current, 'replanned', todayLocal(ctx.now()), ctx.now(), ctx.actor.name);
    const newId = await writePlan(ctx, {
      customerId: current.customerId,
      currency: current.currency,
      kind: 'restructure',
      covered,
      schedule,
      replacesPlanId: id,
    });
    await recordAudit(ctx, 'plans/replan', 'plan', id, current, await mustLoad(ctx, id));
    const plan = await settle(ctx, newId, current.customerId);
    await recordAudit(ctx, 'plans/create', 'plan', newId, null, plan);
    return plan;
  },

  'plans/open-invoices': async ({ customerId, currency }, ctx) => {
    const rows = await ctx.db
      .selectFrom('invoices')
      .select(['id', 'number', 'issue_date', 'due_date', 'total', 'open_amount'])
      .where('customer_id', '=', customerId)
      .where('currency', '=', currency)
      .where('open_amount', '>', 0)
      .orderBy('due_date')
      .orderBy('id')
      .limit(500)
      .execute();
    const held = await heldByPlan(
      ctx.db,
      rows.map((r) => r.id),
    );
    const today = todayLocal(ctx.now());
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      total: r.total,
      openAmount: r.open_amount,
      overdue: r.due_date < today,
      heldByPlanId: held.get(r.id) ?? null,
    }));
  },

  'plans/settings': async (_input, ctx) => readPlanSettings(ctx.db),

  'plans/update-settings': async (input, ctx) => {
    const before = await readPlanSettings(ctx.db);
    await writePlanSettings(ctx.db, input, ctx.now());
    await recordAudit(ctx, 'plans/update-settings', 'settings', SINGLETON_ID, before, await readPlanSettings(ctx.db));
    if (before.graceDays !== input.graceDays) await keepPlansCurrent(ctx.db, ctx.now());
    ctx.emit({ type: 'settings/changed' });
    return readPlanSettings(ctx.db);
  },
};
