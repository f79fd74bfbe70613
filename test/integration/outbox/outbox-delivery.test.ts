import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxSender, MAX_REFUSALS, retryDelayMs } from '../../../src-main/features/outbox/outbox-sender';
import { keyFileSecretStore } from '../../../src-main/store/secrets/secret-store';
import { pdfText } from '../../support/pdf-text';
import { startSmtpTestServer, type SmtpTestServer } from '../../support/smtp-test-server';
import { tempDir } from '../../support/temp-dir';
import { call, refused, testBackend } from '../../support/test-backend';
import { COMPANY } from '../statements/ledger-fixture';
import { messageRow, queueMessage, useTestServer } from './outbox-fixtures';

const servers: SmtpTestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});
const smtpServer = async (options?: Parameters<typeof startSmtpTestServer>[0]) => {
  const server = await startSmtpTestServer(options);
  servers.push(server);
  return server;
};

const TITLE = 'Güneş Işık Çiçekçilik ve Öğütücü İnşaat';

describe('e-mail delivery through the outbox', () => {
  it('delivers a statement e-mail in Turkish with its PDF and fixed Message-ID to a real SMTP server', async () => {
    const server = await smtpServer({ user: 'vade', password: 'gizli-şifre' });
    const backend = await testBackend();
    await useTestServer(backend, server, { user: 'vade', password: 'gizli-şifre' });
    await call(backend, 'company-profile/update', COMPANY);
    const customer = await call(backend, 'customers/create', { title: TITLE, email: 'muhasebe@gunes.test' });
    await call(backend, 'invoices/create', {
      customerId: customer.id,
      issueDate: '2026-01-05',
      number: 'GNS-2026-1',
      total: 123_456,
    });

    const queued = await call(backend, 'outbox/enqueue-manual', { customerId: customer.id, language: 'tr' });
    expect(queued).toMatchObject({ status: 'queued', to: ['muhasebe@gunes.test'], customerTitle: TITLE });
    expect(queued.attachments).toEqual([expect.objectContaining({ contentType: 'application/pdf', size: expect.any(Number) })]);
    expect(queued.attachments[0]!.size).toBeGreaterThan(1000);

    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = server.delivered();
    expect(server.received).toHaveLength(1);
    expect(mail!.recipients).toEqual(['muhasebe@gunes.test']);
    expect(mail!.parsed.messageId).toBe(queued.messageId);
    expect(mail!.parsed.subject).toMatch(/Cari hesap ekstresi/);
    expect(mail!.parsed.text).toContain(`Sayın ${TITLE},`);
    expect(mail!.parsed.from?.value).toEqual([{ name: 'Vade Muhasebe', address: 'tahsilat@vade.test' }]);
    expect(mail!.parsed.replyTo?.value[0]?.address).toBe('muhasebe@vade.test');

    const [pdf] = mail!.parsed.attachments;
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: queued.attachments[0]!.fileName });
    const file = path.join(tempDir(), 'statement.pdf');
    fs.writeFileSync(file, pdf!.content);
    const text = pdfText(file);
    expect(text).toContain(TITLE);
    expect(text).toContain('GNS-2026-1');
    expect(text).toContain('1.234,56');

    const sent = await call(backend, 'outbox/get', { id: queued.id });
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, failureKind: null });
    expect(sent.serverResponse).toMatch(/^250 .*Queued as test/);
    // A second run finds nothing to send.
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 0 });
    expect(server.received).toHaveLength(1);
  });

  it('keeps the SMTP password encrypted at rest and never returns it', async () => {
    const backend = await testBackend();
    const server = await smtpServer();
    const view = await useTestServer(backend, server, { user: 'vade', password: 'çok-gizli-parola' });
    expect(view).toMatchObject({ passwordSet: true, secretStorage: 'key-file' });
    expect(JSON.stringify(view)).not.toContain('çok-gizli');
    const row = await backend.store.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'outbox.smtp')
      .executeTakeFirstOrThrow();
    expect(row.value).not.toContain('çok-gizli');
    expect(row.value).toContain('keyfile:v1:');
    // Saving without a password keeps it; the secret store reads it back.
    await call(backend, 'outbox/update-settings', {
      host: 'smtp.vade.test',
      port: 587,
      security: 'starttls',
      user: 'vade',
      fromAddress: 'a@vade.test',
    });
    const kept = JSON.parse(
      (await backend.store.db.selectFrom('settings').select('value').where('key', '=', 'outbox.smtp').executeTakeFirstOrThrow())
        .value,
    ) as { passwordSecret: string };
    expect(await keyFileSecretStore(backend.dataDir).decrypt(kept.passwordSecret)).toBe('çok-gizli-parola');
    expect(fs.statSync(path.join(backend.dataDir, 'secret.key')).mode & 0o077).toBe(0);
  });

  it('validates the settings in the user language', async () => {
    const backend = await testBackend();
    const error = await refused(backend, 'outbox/update-settings', {
      host: '',
      port: 70000,
      security: 'tls',
      fromAddress: 'yok',
    });
    expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([
      ['host', 'validation.required'],
      ['port', 'validation.port'],
      ['fromAddress', 'validation.email'],
    ]);
  });

  it('leaves messages queued while the server is down and sends each once when it is back', async () => {
    const down = await startSmtpTestServer();
    const port = down.port;
    await down.close();
    const backend = await testBackend();
    await useTestServer(backend, { port } as SmtpTestServer);
    const first = await queueMessage(backend);
    const second = await queueMessage(backend);

    let clock = new Date('2026-11-23T09:00:00Z');
    const sender = createOutboxSender({ db: backend.store.db, secrets: keyFileSecretStore(backend.dataDir), now: () => clock });
    // Connection refused: the first is put back with its back-off; the second is not even tried (same server).
    expect(await sender.runOnce()).toMatchObject({ sent: 0, retrying: 1 });
    const waiting = await messageRow(backend, first.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, failure_kind: 'transient' });
    expect(waiting.last_error).toMatch(/ECONNREFUSED/);
    expect(waiting.next_attempt_at).toBe(new Date(clock.getTime() + retryDelayMs(1)).toISOString());

    const back = await startSmtpTestServer();
    servers.push(back);
    await useTestServer(backend, back);
    clock = new Date(clock.getTime() + 30_000); // inside the back-off: the first waits, the second goes
    expect(await sender.runOnce()).toMatchObject({ sent: 1, retrying: 0 });
    clock = new Date(clock.getTime() + retryDelayMs(1));
    expect(await sender.runOnce()).toMatchObject({ sent: 1 });
    expect(await sender.runOnce()).toMatchObject({ sent: 0 });
    expect(
      back
        .delivered()
        .map((m) => m.parsed.messageId)
        .sort(),
    ).toEqual([first.messageId, second.messageId].sort());
    expect(await messageRow(backend, first.id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      failure_kind: null,
      last_error: null,
    });
  });

  it('retries a 4xx answer and sends once; fails a 5xx after repeated refusals with the server answer, then retries on request', async () => {
    const server = await smtpServer();
    const backend = await testBackend();
    await useTestServer(backend, server);
    const greylisted = await queueMessage(backend, { subject: 'Gecikme bildirimi' });

    server.behaviour = { kind: 'refuse', code: 451, message: 'Greylisted, try later' };
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ retrying: 1 });
    expect(await messageRow(backend, greylisted.id)).toMatchObject({ status: 'queued', failure_kind: 'transient' });
    server.behaviour = { kind: 'accept' };
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 1 });
    expect(server.delivered()).toHaveLength(1);

    const refusedMail = await queueMessage(backend, { to: ['yok@musteri.test'] });
    server.behaviour = { kind: 'refuse', code: 550, message: 'Mailbox unavailable' };
    for (let i = 1; i < MAX_REFUSALS; i++) {
      expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ retrying: 1 });
      expect(await messageRow(backend, refusedMail.id)).toMatchObject({
        status: 'queued',
        attempts: i,
        failure_kind: 'permanent',
      });
    }
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ failed: 1 });
    const failed = await call(backend, 'outbox/get', { id: refusedMail.id });
    expect(failed).toMatchObject({ status: 'failed', failureKind: 'permanent', attempts: MAX_REFUSALS });
    expect(failed.serverResponse).toMatch(/^550 Mailbox unavailable/);
    expect(await call(backend, 'outbox/list', { status: 'failed' })).toMatchObject({ items: [{ id: refusedMail.id }] });

    server.behaviour = { kind: 'accept' };
    expect(await call(backend, 'outbox/retry', { id: refusedMail.id })).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 1 });
    expect(server.delivered().map((m) => m.parsed.messageId)).toEqual([greylisted.messageId, refusedMail.messageId]);
    expect((await refused(backend, 'outbox/retry', { id: refusedMail.id })).kind).toBe('conflict');
  });

  it('sends a message awaiting approval only after it is approved; a rejected one never', async () => {
    const server = await smtpServer();
    const backend = await testBackend();
    await useTestServer(backend, server);
    const approved = await queueMessage(backend, { status: 'awaiting_approval' });
    const rejected = await queueMessage(backend, { status: 'awaiting_approval' });
    expect(await call(backend, 'outbox/counts', {})).toEqual({ awaitingApproval: 2, queued: 0, failed: 0 });
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 0 });
    await call(backend, 'outbox/approve', { id: approved.id });
    expect(await call(backend, 'outbox/reject', { id: rejected.id })).toMatchObject({ status: 'cancelled' });
    expect(await call(backend, 'outbox/send-now', {})).toMatchObject({ sent: 1 });
    expect(server.delivered().map((m) => m.parsed.messageId)).toEqual([approved.messageId]);
    expect((await refused(backend, 'outbox/approve', { id: rejected.id })).kind).toBe('conflict');
  });

  it('never resends a message a crashed process left in sending: after the lease it waits for the user', async () => {
    const server = await smtpServer();
    const backend = await testBackend();
    await useTestServer(backend, server);
    const { id } = await queueMessage(backend);
    const claimedAt = new Date('2026-11-23T09:00:00Z');
    await backend.store.db
      .updateTable('outbox_messages')
      .set({ status: 'sending', attempts: 1, next_attempt_at: new Date(claimedAt.getTime() + 10 * 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
    let clock = new Date(claimedAt.getTime() + 60_000);
    const sender = createOutboxSender({ db: backend.store.db, secrets: keyFileSecretStore(backend.dataDir), now: () => clock });
    // Inside the lease another process may still be sending: hands off.
    expect(await sender.runOnce({ ignoreBackoff: true })).toMatchObject({ sent: 0, interrupted: 0 });
    expect(await messageRow(backend, id)).toMatchObject({ status: 'sending' });
    clock = new Date(claimedAt.getTime() + 11 * 60_000);
    expect(await sender.runOnce({ ignoreBackoff: true })).toMatchObject({ sent: 0, interrupted: 1 });
    expect(await call(backend, 'outbox/get', { id })).toMatchObject({ status: 'failed', failureKind: 'interrupted' });
    expect(server.received).toHaveLength(0);
  });

  it('test-send delivers at once and reports a refusal without retrying', async () => {
    const server = await smtpServer();
    const backend = await testBackend();
    expect((await refused(backend, 'outbox/send-test', { to: 'ben@vade.test' })).issues?.[0]?.key).toBe(
      'outbox.error.notConfigured',
    );
    await useTestServer(backend, server);
    const ok = await call(backend, 'outbox/send-test', { to: 'ben@vade.test' });
    expect(ok).toMatchObject({ status: 'sent', source: 'test' });
    expect(server.delivered()[0]!.parsed.text).toContain('ş ğ ı İ ç ö ü');
    server.behaviour = { kind: 'refuse', code: 554, message: 'Relay denied' };
    const no = await call(backend, 'outbox/send-test', { to: 'ben@vade.test' });
    expect(no).toMatchObject({ status: 'failed', failureKind: 'permanent' });
    expect(no.serverResponse).toMatch(/554 Relay denied/);
  });

  it('refuses a customer without an e-mail address', async () => {
    const backend = await testBackend();
    const customer = await call(backend, 'customers/create', { title: 'Adressiz Ltd' });
    const error = await refused(backend, 'outbox/enqueue-manual', { customerId: customer.id });
    expect(error.issues?.[0]).toMatchObject({ path: ['to'], key: 'outbox.error.noAddress' });
    expect(await call(backend, 'outbox/list', {})).toEqual({ items: [], nextCursor: null });
  });

  it('pages the list by id, newest first, and filters by customer', async () => {
    const backend = await testBackend();
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await queueMessage(backend)).id);
    const first = await call(backend, 'outbox/list', { limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual([ids[4], ids[3]]);
    const second = await call(backend, 'outbox/list', { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((m) => m.id)).toEqual([ids[2], ids[1]]);
    const third = await call(backend, 'outbox/list', { limit: 2, cursor: second.nextCursor! });
    expect(third).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null });
    expect((await call(backend, 'outbox/list', { customerId: 99 })).items).toEqual([]);
  });
});
