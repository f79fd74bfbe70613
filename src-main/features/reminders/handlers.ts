import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { isBusinessDay } from '../../../src-shared/dates/business-days';
import { renderTemplate } from '../../../src-shared/domain/reminders/render-template';
import type { ApprovalItem, InterestRate } from '../../../src-shared/domain/reminders/types';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { documentText } from '../../documents/document-format';
import type { Db } from '../../store/schema';
import { runEvents } from './run-events';
import { dayId, keyId, recordAudit, SINGLETON_ID } from '../audit/audit-log';
import { approveOutboxMessage, rejectOutboxMessage } from '../outbox/outbox-transitions';
import { readCompanyProfile } from '../company-profile/company-repo';
import { loadClosedDays } from '../holidays/holidays-repo';
import { requireCustomer } from '../customers/customer-guard';
import { readSettings, safeJson } from '../settings/settings-repo';
import { customerDunning } from './customer-dunning';
import { dueItems } from './due-items';
import { loadPolicies, writePolicy } from './policies-repo';
import { reminderCustomers } from './reminder-customers';
import { runReminders } from './reminder-engine';
import { listItems, loadRates, templateValues } from './reminder-values';
import { readSchedule, writeSchedule } from './schedule-settings';
import { loadTemplates, pickTemplate, writeTemplate } from './templates-repo';

const loadRatesList = async (db: Db): Promise<InterestRate[]> =>
  (await db.selectFrom('interest_rates').selectAll().orderBy('valid_from', 'desc').execute()).map((r) => ({
    validFrom: r.valid_from,
    annualRateBp: r.annual_rate_bp,
    note: r.note,
  }));

export const remindersHandlers: DomainHandlers<'reminders'> = {
  'reminders/policies': (_args, { db }) => loadPolicies(db),

  'reminders/save-policy': async (input, ctx) => {
    const policies = await loadPolicies(ctx.db);
    const before = input.id === undefined ? null : policies.find((p) => p.id === input.id);
    if (input.id !== undefined && !before) throw notFound(`Reminder policy ${input.id} does not exist`);
    // A step id must be one of this policy's steps, named once: an unknown one used to be dropped silently
    // (all of them unknown left the policy with no steps, and dunning stopped for everyone).
    const known = new Set(before?.steps.map((s) => s.id));
    for (const [i, step] of input.steps.entries()) {
      if (step.id !== undefined && !known.delete(step.id))
        throw fieldError(await ctx.language(), 'validation', ['steps', i, 'id'], 'validation.reminders.unknownStep');
    }
    const templates = await loadTemplates(ctx.db);
    for (const [i, step] of input.steps.entries()) {
      if (!templates.some((t) => t.code === step.templateCode && t.channel === step.channel))
        throw fieldError(
          await ctx.language(),
          'validation',
          ['steps', i, 'templateCode'],
          'validation.reminders.templateChannel',
        );
    }
    const id = await writePolicy(ctx.db, input, ctx.now().toISOString());
    const saved = (await loadPolicies(ctx.db)).find((p) => p.id === id)!;
    await recordAudit(ctx, 'reminders/save-policy', 'reminder_policy', id, before ?? null, saved);
    ctx.emit({ type: 'reminders/changed' });
    return saved;
  },

  'reminders/templates': (_args, { db }) => loadTemplates(db),

  'reminders/save-template': async (input, ctx) => {
    const before = (await loadTemplates(ctx.db)).find((t) => t.code === input.code && t.language === input.language);
    await writeTemplate(ctx.db, input, ctx.now().toISOString());
    const id = keyId(`${input.code}:${input.language}`);
    await recordAudit(ctx, 'reminders/save-template', 'reminder_template', id, before ?? null, input);
    ctx.emit({ type: 'reminders/changed' });
    return { code: input.code, language: input.language, channel: input.channel, subject: input.subject, body: input.body };
  },

  'reminders/preview': async (input, { db, now }) => {
    const today = input.today ?? todayLocal(now());
    const settings = await readSettings(db);
    const customer = (await reminderCustomers(db, [input.customerId], settings.language)).get(input.customerId);
    if (!customer) throw notFound(`Customer ${input.customerId} does not exist`);
    const stored = pickTemplate(await loadTemplates(db), input.code, input.language);
    const template = { subject: input.subject ?? stored?.subject ?? '', body: input.body ?? stored?.body ?? '' };
    // The customer's open items the way a reminder lists them: everything due within the next week and before.
    const items = listItems(
      await dueItems(db, addDays(today, 7), customer.id),
      today,
      await loadRates(db),
      customer.interestRateBp,
    );
    const steps = (await loadPolicies(db)).flatMap((p) => p.steps.filter((s) => s.templateCode === input.code));
    const levelStep = Math.max(0, ...steps.map((s) => s.level));
    const values = templateValues({
      customer,
      company: await readCompanyProfile(db),
      items,
      level: levelStep,
      today,
      text: documentText(input.language, now()),
      attached: steps.some((s) => s.channel === 'email' && s.attachStatement),
    });
    return renderTemplate(template, values);
  },

  'reminders/run-now': async ({ today, allowClosedDay }, ctx) => {
    const day = today ?? todayLocal(ctx.now());
    // The scheduler's rule: weekends and the holiday list's closed days send nothing, unless asked explicitly.
    if (!allowClosedDay && !isBusinessDay(day, await loadClosedDays(ctx.db)))
      throw fieldError(await ctx.language(), 'conflict', ['today'], 'reminders.closedDay', {
        date: documentText(await ctx.language(), ctx.now()).date(day),
      });
    const summary = await runReminders(ctx.db, { today: day, trigger: 'manual', now: ctx.now() });
    for (const event of runEvents(summary)) ctx.emit(event);
    return summary;
  },

  'reminders/runs': async ({ cursor, limit }, { db }) => {
    let query = db
      .selectFrom('reminder_runs')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (cursor !== undefined) query = query.where('id', '<', cursor);
    const rows = await query.execute();
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        runDate: r.run_date,
        trigger: r.trigger,
        status: r.status,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        customers: r.customers,
        emails: r.emails,
        approvals: r.approvals,
        tasks: r.tasks,
        error: r.error,
      })),
      nextCursor: rows.length > limit ? page.at(-1)!.id : null,
    };
  },

  'reminders/approvals': async (_args, { db }) => {
    const rows = await db
      .selectFrom('outbox_messages as m')
      .leftJoin('customers as c', 'c.id', 'm.customer_id')
      .select(['m.id', 'm.customer_id', 'c.title', 'm.to_addresses', 'm.subject', 'm.body_text', 'm.created_at'])
      .where('m.status', '=', 'awaiting_approval')
      .orderBy('m.id')
      .limit(500)
      .execute();
    return rows.map((r): ApprovalItem => ({
      id: r.id,
      customerId: r.customer_id,
      customerTitle: r.title ?? '',
      to: (safeJson(r.to_addresses) as string[] | undefined) ?? [],
      subject: r.subject,
      bodyText: r.body_text,
      createdAt: r.created_at,
    }));
  },

  'reminders/approve': async ({ id }, ctx) => {
    await approveOutboxMessage(ctx, id);
    await recordAudit(ctx, 'reminders/approve', 'reminder_email', id, { status: 'awaiting_approval' }, { status: 'queued' });
    ctx.emit({ type: 'reminders/changed' });
    return { id, status: 'queued' as const };
  },

  'reminders/reject': async ({ id }, ctx) => {
    await rejectOutboxMessage(ctx, id);
    await recordAudit(ctx, 'reminders/reject', 'reminder_email', id, { status: 'awaiting_approval' }, { status: 'cancelled' });
    ctx.emit({ type: 'reminders/changed' });
    return { id, status: 'cancelled' as const };
  },

  'reminders/customer': async ({ customerId, today }, ctx) => {
    await requireCustomer(ctx, customerId);
    return customerDunning(ctx.db, customerId, today ?? todayLocal(ctx.now()));
  },

  'reminders/save-customer': async ({ customerId, policyId, optedOut, interestRateBp }, ctx) => {
    await requireCustomer(ctx, customerId);
    if (
      policyId !== null &&
      !(await ctx.db.selectFrom('reminder_policies').select('id').where('id', '=', policyId).executeTakeFirst())
    )
      throw fieldError(await ctx.language(), 'validation', ['policyId'], 'validation.reminders.policy');
    const row = { customer_id: customerId, policy_id: policyId, opted_out: Number(optedOut), interest_rate_bp: interestRateBp };
    await ctx.db
      .insertInto('customer_reminder_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet({ policy_id: policyId, opted_out: row.opted_out, interest_rate_bp: interestRateBp }),
      )
      .execute();
    await recordAudit(ctx, 'reminders/save-customer', 'customer', customerId, null, { policyId, optedOut, interestRateBp });
    ctx.emit({ type: 'reminders/changed' });
    return customerDunning(ctx.db, customerId, todayLocal(ctx.now()));
  },

  'reminders/interest-rates': (_args, { db }) => loadRatesList(db),

  'reminders/save-interest-rate': async (input, ctx) => {
    const { db } = ctx;
    const before = (await loadRatesList(db)).find((r) => r.validFrom === input.validFrom);
    const row = { valid_from: input.validFrom, annual_rate_bp: input.annualRateBp, note: input.note };
    await db
      .insertInto('interest_rates')
      .values(row)
      .onConflict((oc) => oc.column('valid_from').doUpdateSet({ annual_rate_bp: row.annual_rate_bp, note: row.note }))
      .execute();
    const rates = await loadRatesList(db);
    await recordAudit(
      ctx,
      'reminders/save-interest-rate',
      'interest_rate',
      dayId(input.validFrom),
      before ?? null,
      rates.find((r) => r.validFrom === input.validFrom),
    );
    ctx.emit({ type: 'reminders/changed' });
    return rates;
  },

  'reminders/delete-interest-rate': async ({ validFrom }, ctx) => {
    const before = (await loadRatesList(ctx.db)).find((r) => r.validFrom === validFrom);
    await ctx.db.deleteFrom('interest_rates').where('valid_from', '=', validFrom).execute();
    if (before) await recordAudit(ctx, 'reminders/delete-interest-rate', 'interest_rate', dayId(validFrom), before, null);
    ctx.emit({ type: 'reminders/changed' });
    return loadRatesList(ctx.db);
  },

  'reminders/schedule': (_args, { db }) => readSchedule(db),
  'reminders/save-schedule': async (input, ctx) => {
    const before = await readSchedule(ctx.db);
    await writeSchedule(ctx.db, input, ctx.now());
    const after = await readSchedule(ctx.db);
    await recordAudit(ctx, 'reminders/save-schedule', 'settings', SINGLETON_ID, before, after);
    ctx.emit({ type: 'reminders/changed' });
    return after;
  },

  'reminders/letter': async ({ taskId }, { db }) => {
    const row = await db.selectFrom('reminder_letters').selectAll().where('task_id', '=', taskId).executeTakeFirst();
    if (!row) throw notFound(`Task ${taskId} has no letter`);
    return { fileName: row.file_name, pdfBase64: Buffer.from(row.content).toString('base64') };
  },
};
