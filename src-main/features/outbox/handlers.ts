import type { OutboxMessageDetail } from '../../../src-shared/domain/outbox/types';
import type { HandlerContext } from '../../core/context';
import { recordAudit, SINGLETON_ID, type AuditedMethod } from '../audit/audit-log';
import { translate } from '../../../src-shared/i18n/translate';
import { fieldError } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { readSettings } from '../settings/settings-repo';
import { enqueueManual } from './manual-enqueue';
import { insertOutboxMessage } from './outbox-writes';
import { getOutboxMessage, listOutbox, outboxCounts } from './outbox-repo';
import { approveOutboxMessage, rejectOutboxMessage, transition } from './outbox-transitions';
import type { OutboxSender } from './outbox-sender';
import type { SecretStore } from '../../store/secrets/secret-store';
import { readSmtpSettings, smtpSettingsView, writeSmtpSettings } from './smtp-settings-repo';

export interface OutboxDeps {
  sender: OutboxSender;
  secrets: SecretStore;
}

/** What the audit log keeps of an e-mail: where it goes and its state, not its text or attachments. */
const auditedMessage = (m: OutboxMessageDetail) => ({
  customerId: m.customerId,
  to: m.to,
  subject: m.subject,
  status: m.status,
  attempts: m.attempts,
});

/** A user's step on one e-mail (retry, cancel, approve, reject), audited with its state before and after. */
async function auditedOutbox(
  ctx: HandlerContext,
  action: AuditedMethod,
  id: number,
  step: () => Promise<OutboxMessageDetail>,
): Promise<OutboxMessageDetail> {
  const before = await getOutboxMessage(ctx.db, id);
  const after = await step();
  await recordAudit(ctx, action, 'outbox_message', id, auditedMessage(before), auditedMessage(after));
  return after;
}

export function outboxHandlers(deps: OutboxDeps): DomainHandlers<'outbox'> {
  return {
    'outbox/settings': async (_args, { db }) => smtpSettingsView(await readSmtpSettings(db), deps.secrets),
    'outbox/update-settings': async (input, ctx) => {
      const before = smtpSettingsView(await readSmtpSettings(ctx.db), deps.secrets);
      await writeSmtpSettings(ctx.db, input, deps.secrets, ctx.now());
      const after = smtpSettingsView(await readSmtpSettings(ctx.db), deps.secrets);
      // The view says only whether a password is set: the log never holds the password.
      await recordAudit(ctx, 'outbox/update-settings', 'settings', SINGLETON_ID, before, after);
      ctx.emit({ type: 'outbox/changed', queued: true });
      return after;
    },
    'outbox/list': (input, { db }) => listOutbox(db, input),
    'outbox/counts': (_args, { db }) => outboxCounts(db),
    'outbox/get': ({ id }, { db }) => getOutboxMessage(db, id),
    'outbox/retry': ({ id }, ctx) =>
      auditedOutbox(ctx, 'outbox/retry', id, () =>
        transition(ctx, id, ['failed', 'queued'], {
          status: 'queued',
          attempts: 0,
          next_attempt_at: ctx.now().toISOString(),
          failure_kind: null,
        }),
      ),
    'outbox/cancel': ({ id }, ctx) =>
      auditedOutbox(ctx, 'outbox/cancel', id, () =>
        transition(ctx, id, ['queued', 'failed', 'awaiting_approval'], { status: 'cancelled' }),
      ),
    'outbox/approve': ({ id }, ctx) => auditedOutbox(ctx, 'outbox/approve', id, () => approveOutboxMessage(ctx, id)),
    'outbox/reject': ({ id }, ctx) => auditedOutbox(ctx, 'outbox/reject', id, () => rejectOutboxMessage(ctx, id)),
    'outbox/send-now': () => deps.sender.runOnce({ ignoreBackoff: true }),
    'outbox/enqueue-manual': async (input, ctx) => {
      const message = await getOutboxMessage(ctx.db, await enqueueManual(input, ctx));
      await recordAudit(ctx, 'outbox/enqueue-manual', 'outbox_message', message.id, null, auditedMessage(message));
      return message;
    },

    // Runs outside a transaction: the message is written (committed) first, then sent through the outbox.
    'outbox/send-test': async ({ to }, ctx) => {
      const smtp = await readSmtpSettings(ctx.db);
      if (!smtp) throw fieldError(await ctx.language(), 'validation', ['to'], 'outbox.error.notConfigured');
      const language = (await readSettings(ctx.db)).language;
      const id = await insertOutboxMessage(ctx.db, {
        source: 'test',
        customerId: null,
        to: [to],
        subject: translate(language, 'outbox.mail.testSubject'),
        body: translate(language, 'outbox.mail.testBody', { host: smtp.host }),
        language,
        fromAddress: smtp.fromAddress,
        now: ctx.now(),
      });
      const run = await deps.sender.runOnce({ onlyId: id });
      if (run.skipped) {
        // Nothing was tried (the password cannot be read here): the test message is not left behind.
        await ctx.db.deleteFrom('outbox_messages').where('id', '=', id).execute();
        throw fieldError(language, 'validation', ['to'], 'outbox.error.passwordUnavailable');
      }
      return getOutboxMessage(ctx.db, id);
    },
  };
}
