import { translate } from '../../../src-shared/i18n/translate';
import { fieldError } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { readSettings } from '../settings/settings-repo';
import { enqueueManual } from './manual-enqueue';
import { insertOutboxMessage } from './outbox-writes';
import { getOutboxMessage, listOutbox, outboxCounts } from './outbox-repo';
import { approveOutboxMessage, rejectOutboxMessage, transition } from './outbox-transitions';
import type { OutboxSender } from './outbox-sender';
import type { SecretStore } from './secret-store';
import { readSmtpSettings, smtpSettingsView, writeSmtpSettings } from './smtp-settings-repo';

export interface OutboxDeps {
  sender: OutboxSender;
  secrets: SecretStore;
}

export function outboxHandlers(deps: OutboxDeps): DomainHandlers<'outbox'> {
  return {
    'outbox/settings-get': async (_args, { db }) => smtpSettingsView(await readSmtpSettings(db), deps.secrets),
    'outbox/settings-update': async (input, ctx) => {
      await writeSmtpSettings(ctx.db, input, deps.secrets, ctx.now());
      ctx.emit({ type: 'outbox/changed', queued: true });
      return smtpSettingsView(await readSmtpSettings(ctx.db), deps.secrets);
    },
    'outbox/list': (input, { db }) => listOutbox(db, input),
    'outbox/counts': (_args, { db }) => outboxCounts(db),
    'outbox/get': ({ id }, { db }) => getOutboxMessage(db, id),
    'outbox/retry': ({ id }, ctx) =>
      transition(ctx, id, ['failed', 'queued'], {
        status: 'queued',
        attempts: 0,
        next_attempt_at: ctx.now().toISOString(),
        failure_kind: null,
      }),
    'outbox/cancel': ({ id }, ctx) => transition(ctx, id, ['queued', 'failed', 'awaiting_approval'], { status: 'cancelled' }),
    'outbox/approve': ({ id }, ctx) => approveOutboxMessage(ctx, id),
    'outbox/reject': ({ id }, ctx) => rejectOutboxMessage(ctx, id),
    'outbox/send-now': () => deps.sender.runOnce({ ignoreBackoff: true }),
    'outbox/enqueue-manual': async (input, ctx) => getOutboxMessage(ctx.db, await enqueueManual(input, ctx)),

    // Runs outside a transaction: the message is written (committed) first, then sent through the outbox.
    'outbox/test-send': async ({ to }, ctx) => {
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
