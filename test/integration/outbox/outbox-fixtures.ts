import crypto from 'node:crypto';
import type { Backend } from '../../../src-main/backend';
import type { OutboxStatus } from '../../../src-shared/domain/outbox/schemas';
import { call } from '../../support/test-backend';
import type { SmtpTestServer } from '../../support/smtp-test-server';

/** Points the backend's SMTP settings at the test server (plain SMTP on loopback). */
export const useTestServer = (backend: Backend, server: SmtpTestServer, auth?: { user: string; password: string }) =>
  call(backend, 'outbox/update-settings', {
    host: '127.0.0.1',
    port: server.port,
    security: 'none',
    user: auth?.user ?? '',
    password: auth?.password ?? '',
    fromName: 'Vade Muhasebe',
    fromAddress: 'tahsilat@vade.test',
    replyTo: 'muhasebe@vade.test',
  });

/** A message as the reminder engine writes it: straight into the table, with its key and Message-ID. */
export async function queueMessage(
  backend: Backend,
  overrides: { status?: OutboxStatus; subject?: string; nextAttemptAt?: string; to?: string[] } = {},
): Promise<{ id: number; messageId: string }> {
  const messageId = `<${crypto.randomUUID()}@vade.test>`;
  const { id } = await backend.store.db
    .insertInto('outbox_messages')
    .values({
      idempotency_key: `reminder:${crypto.randomUUID()}`,
      source: 'reminder',
      customer_id: null,
      to_addresses: JSON.stringify(overrides.to ?? ['cari@musteri.test']),
      subject: overrides.subject ?? 'Vadesi geçen ödemeniz',
      body_text: 'Sayın yetkili, ödemeniz gecikmiştir.',
      body_html: null,
      language: 'tr',
      status: overrides.status ?? 'queued',
      next_attempt_at: overrides.nextAttemptAt ?? new Date(0).toISOString(),
      last_error: null,
      server_response: null,
      message_id: messageId,
      created_at: new Date().toISOString(),
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, messageId };
}

export const messageRow = (backend: Backend, id: number) =>
  backend.store.db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
