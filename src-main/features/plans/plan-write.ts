import { todayLocal } from '../../../src-shared/dates/business-date';
import type { PlanFrequency, PlanReplanInput } from '../../../src-shared/domain/plans/schemas';
import { checkSchedule } from '../../../src-shared/domain/plans/schedule-check';
import { formatMoney } from '../../../src-shared/money/format';
import type { Currency } from '../../../src-shared/money/currency';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import { bookInterestInvoice } from './plan-interest';
import { refuse, type CoveredInvoice } from './plan-scope';
import { recordPlanEvent } from './plan-status';

/** Rows per insert, far under SQLite's bound-variable limit (a whole overdue balance can be many invoices). */
const CHUNK = 500;

/** What create and replan both save: the edited schedule (rows, interest) without who and what it covers. */
export type ScheduleInput = Omit<PlanReplanInput, 'id'>;

export const frequencyText = (f: PlanFrequency): string =>
  f.kind === 'monthly' ? `monthly:${f.day}` : f.kind === 'weekly' ? `weekly:${f.every}` : 'custom';

/** The rows must add up to principal + interest to the kuruş, with strictly later dates; otherwise field errors. */
async function assertSchedule(
  ctx: HandlerContext,
  schedule: ScheduleInput,
  principal: number,
  currency: Currency,
): Promise<void> {
  if (schedule.interestAmount > 0 && schedule.interestRateBp === 0)
    await refuse(ctx, [{ path: ['interestAmount'], key: 'plans.interestWithoutRate' }]);
  const { problems } = checkSchedule(schedule.rows, principal + schedule.interestAmount);
  if (problems.length === 0) return;
  const language = await ctx.language();
  await refuse(
    ctx,
    problems.map((p) =>
      p.params?.diff !== undefined
        ? {
            ...p,
            params: {
              diff: formatMoney(Math.abs(Number(p.params.diff)), currency, language),
              total: formatMoney(principal + schedule.interestAmount, currency, language),
            },
          }
        : p,
    ),
  );
}

/**
 * Writes a plan, its invoices and its instalments (and the vade farkı invoice when it bears interest), in the
 * caller's transaction. The payments already made are spread over the instalments by the ledger hook.
 */
export async function writePlan(
  ctx: HandlerContext,
  plan: {
    customerId: number;
    currency: Currency;
    kind: 'instalment' | 'restructure';
    covered: CoveredInvoice[];
    schedule: ScheduleInput;
    replacesPlanId: number | null;
  },
): Promise<number> {
  const { schedule } = plan;
  const principal = plan.covered.reduce((sum, c) => sum + c.amount, 0);
  await assertSchedule(ctx, schedule, principal, plan.currency);
  const today = todayLocal(ctx.now());
  const total = principal + schedule.interestAmount;
  const { id } = await ctx.db
    .insertInto('payment_plans')
    .values({
      customer_id: plan.customerId,
      currency: plan.currency,
      kind: plan.kind,
      status: 'active',
      principal,
      down_payment: schedule.rows.filter((r) => r.kind === 'down_payment').reduce((sum, r) => sum + r.amount, 0),
      interest_rate_bp: schedule.interestRateBp,
      interest_amount: schedule.interestAmount,
      total,
      frequency: frequencyText(schedule.frequency),
      start_date: schedule.startDate,
      note: schedule.note,
      replaces_plan_id: plan.replacesPlanId,
      interest_invoice_id: null,
      status_date: today,
      created_at: ctx.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordPlanEvent(ctx.db, { id, customerId: plan.customerId }, 'created', today, ctx.now(), ctx.actor.name);
  const covered = [...plan.covered];
  if (schedule.interestAmount > 0) {
    const invoiceId = await bookInterestInvoice(ctx, {
      customerId: plan.customerId,
      currency: plan.currency,
      amount: schedule.interestAmount,
      issueDate: today,
      dueDate: schedule.rows.at(-1)!.dueDate,
      note: translate(await ctx.language(), 'plans.interestInvoiceNote', { id }),
    });
    await ctx.db.updateTable('payment_plans').set({ interest_invoice_id: invoiceId }).where('id', '=', id).execute();
    covered.push({ id: invoiceId, amount: schedule.interestAmount });
  }
  for (let i = 0; i < covered.length; i += CHUNK) {
    const part = covered.slice(i, i + CHUNK);
    await ctx.db
      .insertInto('plan_invoices')
      .values(part.map((c) => ({ plan_id: id, invoice_id: c.id, amount: c.amount })))
      .execute();
  }
  await ctx.db
    .insertInto('plan_instalments')
    .values(
      schedule.rows.map((row, i) => ({
        plan_id: id,
        seq: i + 1,
        kind: row.kind,
        due_date: row.dueDate,
        amount: row.amount,
        paid_amount: 0,
        customer_id: plan.customerId,
        currency: plan.currency,
      })),
    )
    .execute();
  return id;
}
