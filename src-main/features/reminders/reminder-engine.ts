import { keepPlansCurrent } from '../plans/plan-progress';
import { addDays, daysBetween } from '../../../src-shared/dates/business-date';
import type { RunNowResult } from '../../../src-shared/domain/reminders/contract';
import type { ReminderPolicy, ReminderRun, ReminderStep } from '../../../src-shared/domain/reminders/types';
import { renderTemplate } from '../../../src-shared/domain/reminders/render-template';
import type { Language } from '../../../src-shared/i18n/language';
import { documentAssets, type DocumentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import type { Db } from '../../store/schema';
import { requireCompanyProfile } from '../company-profile/company-guard';
import { keepRiskCurrent } from '../reports/risk-store';
import { readSettings } from '../settings/settings-repo';
import { readSchedule } from './schedule-settings';
import { documentCustomers } from '../statements/statement-documents';
import { dueItems, type DueItem } from './due-items';
import { promiseStandings } from '../receivables/promise-standing';
import { loadPolicies, segmentPolicies } from './policies-repo';
import { reminderCustomers, type ReminderCustomer } from './reminder-customers';
import { dunningLetterFile, statementAttachment } from './reminder-documents';
import { markReminded, occurrenceKey, writeEmail, writeOccurrence, writeTask } from './reminder-output';
import { listItems, loadRates, templateValues } from './reminder-values';
import { loadTemplates, pickTemplate } from './templates-repo';

export type RunTrigger = ReminderRun['trigger'];

/** What a run made; the same figures `reminders/run-now` answers with. */
export type RunSummary = RunNowResult;

/** The step an invoice has reached by `today`: the latest one whose day has come (a missed earlier one is passed over). */
export function reachedOffset(offsets: readonly number[], dueDate: string, today: string): number | null {
  const late = daysBetween(dueDate, today);
  let reached: number | null = null;
  for (const offset of offsets) if (offset <= late && (reached === null || offset > reached)) reached = offset;
  return reached;
}

export interface CustomerPlan {
  /** Every item the message lists (all that have reached a step). */
  listed: DueItem[];
  /** Items that reached a step they were not yet reminded at, with that step. */
  pending: { invoiceId: number; offset: number; level: number }[];
  /** The steps to run now: those at the furthest offset a pending item reached. */
  steps: ReminderStep[];
}

/**
 * What one customer gets today under a policy. Nothing when no invoice reached a new step: running twice on a
 * day, or every day of a week off, produces one occurrence per step reached, not one per day.
 */
export function planCustomer(policy: ReminderPolicy, items: readonly DueItem[], today: string): CustomerPlan | null {
  const offsets = [...new Set(policy.steps.map((s) => s.offsetDays))];
  const levelAt = (offset: number) => Math.max(...policy.steps.filter((s) => s.offsetDays === offset).map((s) => s.level));
  const listed: DueItem[] = [];
  const pending: CustomerPlan['pending'] = [];
  for (const item of items) {
    const offset = reachedOffset(offsets, item.dueDate, today);
    if (offset === null) continue;
    listed.push(item);
    if (item.remindedAt === null || item.remindedAt < offset)
      pending.push({ invoiceId: item.invoiceId, offset, level: levelAt(offset) });
  }
  if (pending.length === 0) return null;
  const chosen = Math.max(...pending.map((p) => p.offset));
  return { listed, pending, steps: policy.steps.filter((s) => s.offsetDays === chosen) };
}

interface RunContext {
  db: Db;
  runId: number;
  today: string;
  now: Date;
  rates: Awaited<ReturnType<typeof loadRates>>;
  templates: Awaited<ReturnType<typeof loadTemplates>>;
  assets: () => Promise<DocumentAssets>;
  summary: RunSummary;
}

/** Runs the reminders of `today` for every customer, in the caller's transaction, and records the run. */
export interface RunRequest {
  today: string;
  trigger: RunTrigger;
  now: Date;
  /**
   * At most this many customers get reminders in this run; the rest stay pending for the next one. The scheduler
   * sets it so a first run over years of old invoices does not hold the database for minutes.
   */
  maxCustomers?: number;
}

export async function runReminders(db: Db, request: RunRequest): Promise<RunSummary> {
  const { today, now } = request;
  // Letters and e-mails are signed with the company's name: no run (and no run row) before it is set.
  const company = await requireCompanyProfile(db, (await readSettings(db)).language);
  const { id: runId } = await db
    .insertInto('reminder_runs')
    .values({
      run_date: today,
      trigger: request.trigger,
      status: 'done',
      started_at: now.toISOString(),
      finished_at: null,
      customers: 0,
      emails: 0,
      approvals: 0,
      tasks: 0,
      error: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const summary: RunSummary = { runId, runDate: today, customers: 0, emails: 0, approvals: 0, tasks: 0, remaining: 0 };

  await keepRiskCurrent(db, today);
  // A plan late past its grace days is broken, and its invoices are dunned again.
  await keepPlansCurrent(db, now);
  const policies = await loadPolicies(db);
  const earliest = Math.min(0, ...policies.flatMap((p) => p.steps.map((s) => s.offsetDays)));
  const [items, promised, bySegment, settings, schedule] = await Promise.all([
    dueItems(db, addDays(today, -earliest)),
    promiseStandings(db, today, today).then((p) => p.customersWaiting),
    segmentPolicies(db),
    readSettings(db),
    readSchedule(db),
  ]);
  const recent = await recentLevels(db, today, schedule.minDaysBetween);
  const byCustomer = new Map<number, DueItem[]>();
  for (const item of items) {
    if (promised.has(item.customerId)) continue;
    const list = byCustomer.get(item.customerId) ?? [];
    list.push(item);
    byCustomer.set(item.customerId, list);
  }
  const customers = await reminderCustomers(db, [...byCustomer.keys()], settings.language);
  let assets: DocumentAssets | null = null;
  const ctx: RunContext = {
    db,
    runId,
    today,
    now,
    rates: await loadRates(db),
    templates: await loadTemplates(db),
    assets: async () => (assets ??= documentAssets(company)),
    summary,
  };
  const policyById = new Map(policies.map((p) => [p.id, p]));
  for (const [customerId, list] of byCustomer) {
    const customer = customers.get(customerId);
    if (!customer || customer.archived || customer.optedOut) continue;
    const policy = policyById.get(customer.policyId ?? bySegment.get(customer.segment) ?? -1) ?? policies[0];
    const plan = policy && planCustomer(policy, list, today);
    if (!plan) continue;
    // Reminded a short while ago: wait (the items stay pending) unless this step is a higher dunning level.
    const last = recent.get(customerId);
    if (last !== undefined && Math.max(...plan.steps.map((s) => s.level)) <= last) continue;
    if (summary.customers >= (request.maxCustomers ?? Infinity)) {
      summary.remaining += 1;
      continue;
    }
    summary.customers += 1;
    await produce(ctx, customer, plan);
  }

  await db
    .updateTable('reminder_runs')
    .set({
      finished_at: new Date().toISOString(),
      customers: summary.customers,
      emails: summary.emails,
      approvals: summary.approvals,
      tasks: summary.tasks,
    })
    .where('id', '=', runId)
    .execute();
  return summary;
}

/** The highest dunning level each customer was reminded at in the last `days` days (today included). */
async function recentLevels(db: Db, today: string, days: number): Promise<Map<number, number>> {
  if (days <= 0) return new Map();
  const rows = await db
    .selectFrom('reminder_occurrences')
    .select(['customer_id', (eb) => eb.fn.max('level').as('level')])
    .where('run_date', '>', addDays(today, -days))
    .groupBy('customer_id')
    .execute();
  return new Map(rows.map((r) => [r.customer_id, Number(r.level)]));
}

async function produce(ctx: RunContext, customer: ReminderCustomer, plan: CustomerPlan): Promise<void> {
  const { db, today, now } = ctx;
  const stamp = now.toISOString();
  const listed = listItems(plan.listed, today, ctx.rates, customer.interestRateBp);
  const language: Language = customer.language;
  const text = documentText(language, now);
  let firstOccurrence: number | null = null;
  for (const step of plan.steps) {
    const key = occurrenceKey(customer.id, step.id, plan.pending);
    const seen = await db.selectFrom('reminder_occurrences').select('id').where('idempotency_key', '=', key).executeTakeFirst();
    if (seen) continue;
    const template = pickTemplate(ctx.templates, step.templateCode, language);
    const assets = await ctx.assets();
    const attached = step.channel === 'email' && step.attachStatement;
    const values = templateValues({ customer, company: assets.company, items: listed, level: step.level, today, text, attached });
    const message = template ? renderTemplate(template, values) : null;
    let outboxMessageId: number | null = null;
    let taskId: number | null = null;
    let skippedReason: string | null = message ? null : 'no_template';
    if (message && step.channel === 'email') {
      if (customer.emails.length === 0) skippedReason = 'no_email';
      else {
        const [documentCustomer] = await documentCustomers(db, [customer.id]);
        const attachments =
          step.attachStatement && documentCustomer
            ? [await statementAttachment(db, documentCustomer, today, language, assets, now)]
            : [];
        outboxMessageId = await writeEmail(db, {
          key,
          customerId: customer.id,
          to: customer.emails,
          language,
          message,
          needsApproval: step.needsApproval,
          attachments,
          now: stamp,
        });
        if (outboxMessageId !== null) {
          if (step.needsApproval) ctx.summary.approvals += 1;
          else ctx.summary.emails += 1;
        }
      }
    } else if (message) {
      const [documentCustomer] = await documentCustomers(db, [customer.id]);
      const letter =
        step.channel === 'letter' && documentCustomer
          ? await dunningLetterFile(
              documentCustomer,
              { date: today, title: message.subject, body: message.text },
              language,
              assets,
              now,
            )
          : null;
      const title = message.subject || `${text.t(`reminders.channel.${step.channel}`)} — ${customer.title}`;
      taskId = await writeTask(db, { key, customerId: customer.id, step, title, text: message.text, today, now: stamp, letter });
      if (taskId !== null) ctx.summary.tasks += 1;
    }
    const occurrence = await writeOccurrence(db, {
      runId: ctx.runId,
      customerId: customer.id,
      step,
      today,
      items: listed,
      key,
      outboxMessageId,
      taskId,
      skippedReason,
      now: stamp,
    });
    firstOccurrence ??= occurrence;
  }
  if (firstOccurrence !== null) await markReminded(db, customer.id, firstOccurrence, plan.pending);
}
