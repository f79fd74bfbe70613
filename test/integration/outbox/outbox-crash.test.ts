import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxSender, LONGEST_SEND_MS, SENDING_LEASE_MS } from '../../../src-main/features/outbox/outbox-sender';
import { keyFileSecretStore } from '../../../src-main/store/secrets/secret-store';
import { startSmtpTestServer, type SmtpTestServer } from '../../support/smtp-test-server';
import { call, testBackend, testStoreEnv } from '../../support/test-backend';
import { messageRow, queueMessage, useTestServer } from './outbox-fixtures';

const BIN = path.resolve('bin/vade.mjs');
let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const sendNowInChild = async (dataDir: string) =>
  spawn(process.execPath, [BIN, 'call', 'outbox/send-now', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(await testStoreEnv(dataDir)) },
  });

/** The child's stdout once it exits (spawned, not spawnSync: the SMTP server runs in this process). */
const finished = (child: ChildProcess) =>
  new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('exit', () => resolve(out));
  });

describe('a sender killed in the middle of a send', () => {
  it('has a lease longer than any send can take', () => {
    expect(SENDING_LEASE_MS).toBeGreaterThan(LONGEST_SEND_MS);
  });

  it(
    'never delivers a message twice when the process is killed while the server holds its answer',
    { timeout: 60_000 },
    async () => {
      server = await startSmtpTestServer();
      const backend = await testBackend();
      await useTestServer(backend, server);
      const caught = await queueMessage(backend, { subject: 'Birinci' });
      const other = await queueMessage(backend, { subject: 'İkinci' });

      // The server has the whole message but holds its "250": the child (the real CLI) waits for it and is killed.
      server.behaviour = { kind: 'hold', ms: 30_000 };
      const child = await sendNowInChild(backend.dataDir);
      await server.waitFor(1, 30_000);
      expect(await messageRow(backend, caught.id)).toMatchObject({ status: 'sending', attempts: 1 });
      const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      // Restarted at once: the killed process's claim is still within its lease, so the message is not touched.
      server.behaviour = { kind: 'accept' };
      expect(JSON.parse(await finished(await sendNowInChild(backend.dataDir)))).toMatchObject({ sent: 1, interrupted: 0 });
      expect(await messageRow(backend, caught.id)).toMatchObject({ status: 'sending' });
      expect(await messageRow(backend, other.id)).toMatchObject({ status: 'sent' });

      // After the lease: it is marked interrupted for the user to check, and still not sent again.
      const later = new Date(Date.now() + SENDING_LEASE_MS + 60_000);
      const sender = createOutboxSender({ db: backend.store.db, secrets: keyFileSecretStore(backend.dataDir), now: () => later });
      expect(await sender.runOnce({ ignoreBackoff: true })).toMatchObject({ sent: 0, interrupted: 1 });
      expect(await sender.runOnce({ ignoreBackoff: true })).toMatchObject({ sent: 0, interrupted: 0 });
      expect(await call(backend, 'outbox/get', { id: caught.id })).toMatchObject({
        status: 'failed',
        failureKind: 'interrupted',
      });

      const copies = (messageId: string) => server!.received.filter((m) => m.parsed.messageId === messageId).length;
      expect(copies(caught.messageId)).toBe(1);
      expect(copies(other.messageId)).toBe(1);
      expect(server.received).toHaveLength(2);
    },
  );
});
