import { z } from 'zod';
import { action, mutation, query } from '../../contract/method';
import {
  outboxEnqueueManualInput,
  outboxIdInput,
  outboxListInput,
  outboxSendNowInput,
  outboxTestSendInput,
  smtpSettingsInput,
} from './schemas';
import type { OutboxCounts, OutboxMessageDetail, OutboxPage, SendRunResult, SmtpSettingsView } from './types';

// Sending talks to a server: those methods run outside a transaction (as queries) and write through the sender.
export const outboxContract = {
  'outbox/settings': query<SmtpSettingsView>()(
    z.object({}).strict(),
    'Read the SMTP settings (the password only as set or not)',
  ),
  'outbox/update-settings': mutation<SmtpSettingsView>()(
    smtpSettingsInput,
    'Save the SMTP settings; the password is stored encrypted',
  ),
  'outbox/send-test': action<OutboxMessageDetail>()(outboxTestSendInput, 'Send a test e-mail now with the saved SMTP settings', {
    outside: ['smtp'],
    detail:
      'Writes a test message to the outbox (committed, so the sender can claim it) and sends it through the saved SMTP server; removes it again when nothing could be tried.',
    storeWrites: true,
  }),
  'outbox/list': query<OutboxPage>()(outboxListInput, 'E-mails in the outbox, newest first, by status or customer'),
  'outbox/counts': query<OutboxCounts>()(z.object({}).strict(), 'How many e-mails wait for approval, are queued or failed'),
  'outbox/get': query<OutboxMessageDetail>()(outboxIdInput, 'One e-mail with its text and attachments (names and sizes)'),
  'outbox/retry': mutation<OutboxMessageDetail>()(outboxIdInput, 'Queue a failed e-mail again (it keeps its Message-ID)'),
  'outbox/cancel': mutation<OutboxMessageDetail>()(outboxIdInput, 'Cancel an e-mail that has not been sent'),
  'outbox/approve': mutation<OutboxMessageDetail>()(outboxIdInput, 'Approve an e-mail that waits for approval: it is queued'),
  'outbox/reject': mutation<OutboxMessageDetail>()(outboxIdInput, 'Reject an e-mail that waits for approval: it is cancelled'),
  'outbox/send-now': action<SendRunResult>()(outboxSendNowInput, 'Run the sender once: try every queued e-mail now', {
    outside: ['smtp'],
    detail:
      'Sends every queued e-mail through SMTP; each claim and each outcome is its own committed write to `outbox_messages`.',
    storeWrites: true,
  }),
  'outbox/enqueue-manual': mutation<OutboxMessageDetail>()(
    outboxEnqueueManualInput,
    "Queue an e-mail to a customer, with the customer's account statement PDF attached",
  ),
};
