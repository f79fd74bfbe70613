import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { renderTemplate } from '../../../src-shared/domain/reminders/render-template';
import type { ApprovalItem, InterestRate } from '../../../src-shared/domain/reminders/types';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { documentText } from '../../documents/document-format';
import type { Db } from '../../store/schema';
import { recordAudit } from '../audit/audit-log';
import { approveOutboxMessage, rejectOutboxMessage } from '../outbox/outbox-transitions';
import { readCompanyProfile } from '../company/company-repo';
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

  'reminders/savePolicy': async (input, ctx) => {
    const policies = await loadPolicies(ctx.db);
    const before = input.id === undefined ? null : policies.find((p) => p.id === input.id);
    if (input.id !== undefined && !before) throw notFound(`Reminder policy ${input.id} does not exist`);
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
    await recordAudit(ctx, 'reminders/savePolicy', 'reminder_policy', id, before ?? null, saved);
    return saved;
  },

  'reminders/templates': (_args, { db }) => loadTemplates(db),

  'reminders/saveTemplate': async (input, ctx) => {
    await writeTemplate(ctx.db, input, ctx.now().toISOString());
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

  'reminders/run-now': async ({ today }, ctx) => {
    const summary = await runReminders(ctx.db, { today: today ?? todayLocal(ctx.now()), trigger: 'manual', now: ctx.now() });
    if (summary.emails + summary.approvals + summary.tasks > 0)
      ctx.emit({ type: 'reminders/produced', emails: summary.emails, approvals: summary.approvals, tasks: summary.tasks });
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
    ctx.emit({ type: 'reminders/produced', emails: 0, approvals: 0, tasks: 0 });
    return { id, status: 'queued' as const };
  },

  'reminders/reject': async ({ id }, ctx) => {
    await rejectOutboxMessage(ctx, id);
    await recordAudit(ctx, 'reminders/reject', 'reminder_email', id, { status: 'awaiting_approval' }, { status: 'cancelled' });
    ctx.emit({ type: 'reminders/produced', emails: 0, approvals: 0, tasks: 0 });
    return { id, status: 'cancelled' as const };
  },

  'reminders/customer': async ({ customerId, today }, ctx) => {
    await requireCustomer(ctx, customerId);
    return customerDunning(ctx.db, customerId, today ?? todayLocal(ctx.now()));
  },

  'reminders/saveCustomer': async ({ customerId, policyId, optedOut, interestRateBp }, ctx) => {
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
    await recordAudit(ctx, 'reminders/saveCustomer', 'customer', customerId, null, { policyId, optedOut, interestRateBp });
    return customerDunning(ctx.db, customerId, todayLocal(ctx.now()));
  },

  'reminders/interestRates': (_args, { db }) => loadRatesList(db),

  'reminders/saveInterestRate': async (input, { db }) => {
    const row = { valid_from: input.validFrom, annual_rate_bp: input.annualRateBp, note: input.note };
    await db
      .insertInto('interest_rates')
      .values(row)
      .onConflict((oc) => oc.column('valid_from').doUpdateSet({ annual_rate_bp: row.annual_rate_bp, note: row.note }))
      .execute();
    return loadRatesList(db);
  },

  'reminders/deleteInterestRate': async ({ validFrom }, { db }) => {
    await db.deleteFrom('interest_rates').where('valid_from', '=', validFrom).execute();
    return loadRatesList(db);
  },

  'reminders/schedule': (_args, { db }) => readSchedule(db),
  'reminders/saveSchedule': async (input, { db, now }) => {
    await writeSchedule(db, input, now());
    return readSchedule(db);
  },

  'reminders/letter': async ({ taskId }, { db }) => {
    const row = await db.selectFrom('reminder_letters').selectAll().where('task_id', '=', taskId).executeTakeFirst();
    if (!row) throw notFound(`Task ${taskId} has no letter`);
    return { fileName: row.file_name, pdfBase64: Buffer.from(row.content).toString('base64') };
  },
};
