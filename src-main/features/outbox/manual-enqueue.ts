import type { MethodArgs } from '../../../src-shared/contract/methods';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import { documentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import { requireCompanyProfile } from '../company-profile/company-guard';
import { readSettings } from '../settings/settings-repo';
import { documentCustomers, documentFileName, renderCustomerDocument, resolveOptions } from '../statements/statement-documents';
import { insertOutboxMessage } from './outbox-writes';
import { readSmtpSettings } from './smtp-settings-repo';

/** The customer's address: the card's, else the first contact's that has one. */
async function customerAddress(ctx: HandlerContext, customerId: number): Promise<string | null> {
  const customer = await ctx.db.selectFrom('customers').select('email').where('id', '=', customerId).executeTakeFirst();
  if (!customer) throw notFound(`Customer ${customerId} does not exist`);
  if (customer.email) return customer.email;
  const contact = await ctx.db
    .selectFrom('customer_contacts')
    .select('email')
    .where('customer_id', '=', customerId)
    .where('email', '!=', '')
    .orderBy('position')
    .executeTakeFirst();
  return contact?.email ?? null;
}

/**
 * "E-mail the statement to this customer": the message and its PDF are written in one transaction, so the
 * sender never sees a message without its attachment.
 */
export async function enqueueManual(input: MethodArgs<'outbox/enqueue-manual'>, ctx: HandlerContext): Promise<number> {
  const language = input.language ?? (await readSettings(ctx.db)).language;
  const [customer] = await documentCustomers(ctx.db, [input.customerId]);
  if (!customer) throw notFound(`Customer ${input.customerId} does not exist`);
  const to = input.to ?? [await customerAddress(ctx, input.customerId)].filter((a): a is string => Boolean(a));
  if (to.length === 0) throw fieldError(await ctx.language(), 'validation', ['to'], 'outbox.error.noAddress');
  const company = await requireCompanyProfile(ctx.db, await ctx.language());
  const smtp = await readSmtpSettings(ctx.db);
  const now = ctx.now();
  const options = resolveOptions({ kind: 'statement', openItemsOnly: false }, language, now);
  const params = {
    customer: customer.title,
    company: company.title,
    date: documentText(language, now).date(options.to),
  };
  const id = await insertOutboxMessage(ctx.db, {
    source: 'manual',
    customerId: input.customerId,
    to,
    subject: input.subject ?? translate(language, 'outbox.mail.statementSubject', params),
    body: input.body ?? translate(language, 'outbox.mail.statementBody', params),
    language,
    fromAddress: smtp?.fromAddress ?? '',
    now,
  });
  if (input.attachStatement) {
    const { bytes } = await renderCustomerDocument(ctx.db, customer, options, documentAssets(company), now);
    await ctx.db
      .insertInto('outbox_attachments')
      .values({ message_id: id, file_name: documentFileName(customer, options), content_type: 'application/pdf', content: bytes })
      .execute();
  }
  ctx.emit({ type: 'outbox/changed', queued: true });
  return id;
}
