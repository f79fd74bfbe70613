import type { Activity } from '../../../src-shared/domain/collections/types';
import { fieldError } from '../../core/errors';
import type { Handler } from '../../core/registry';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';

/** A call, email, meeting, letter or note on the customer's timeline; a call's outcome is kept with it. */
export const logActivity: Handler<'activities/log'> = async (input, ctx) => {
  await requireCustomer(ctx, input.customerId);
  if (input.invoiceId !== undefined) {
    const invoice = await ctx.db
      .selectFrom('invoices')
      .select('customer_id')
      .where('id', '=', input.invoiceId)
      .executeTakeFirst();
    const language = await ctx.language();
    if (!invoice) throw fieldError(language, 'validation', ['invoiceId'], 'validation.unknownInvoice');
    if (invoice.customer_id !== input.customerId)
      throw fieldError(language, 'validation', ['invoiceId'], 'validation.otherCustomer');
  }
  const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : ctx.now().toISOString();
  const { id } = await ctx.db
    .insertInto('activities')
    .values({
      customer_id: input.customerId,
      kind: input.kind,
      occurred_at: occurredAt,
      summary: input.summary,
      body: input.body,
      outcome: input.outcome ?? null,
      invoice_id: input.invoiceId ?? null,
      created_at: ctx.now().toISOString(),
      created_by: ctx.actor.name,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const activity: Activity = {
    id,
    customerId: input.customerId,
    kind: input.kind,
    summary: input.summary,
    body: input.body,
    outcome: input.outcome ?? null,
    invoiceId: input.invoiceId ?? null,
    occurredAt,
  };
  await recordAudit(ctx, 'activities/log', 'activity', id, null, activity);
  ctx.emit({ type: 'ledger/changed', customerIds: [input.customerId] });
  return activity;
};
