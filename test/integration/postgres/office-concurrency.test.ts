import { fork, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { RpcResult } from '../../../src-shared/contract/envelope';
import { ledgerInvariantBreaks } from '../../support/ledger-invariants';
import { call, closePc, officePc } from '../../support/office-pcs';
import { testDatabaseUrl } from '../../support/pg-databases';
import { startSmtpTestServer } from '../../support/smtp-test-server';
import { tempDir } from '../../support/temp-dir';
import { useTestServer } from '../outbox/outbox-fixtures';
import { COMPANY } from '../statements/ledger-fixture';

/** Monday 23 November 2026, 10:00 in Istanbul: a business day within business hours. */
const NOW = '2026-11-23T07:00:00.000Z';
const TODAY = '2026-11-23';

interface Pc {
  call(method: string, args: unknown): Promise<RpcResult>;
  close(): Promise<void>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A backend process of its own (real dispatch, its own pool, sender and scheduler) on the office's database. */
async function spawnPc(databaseUrl: string): Promise<Pc> {
  const child = fork('test/support/office-child.ts', [databaseUrl, tempDir(), NOW], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const waiting = new Map<number, (result: RpcResult) => void>();
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the PC process exited (${code}) before it was ready`)));
    child.on('message', (message: { ready?: true; id?: number; result?: RpcResult }) => {
      if (message.ready) resolve();
      else waiting.get(message.id!)?.(message.result!);
    });
  });
  const send = (method: string, args: unknown) =>
    new Promise<RpcResult>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      child.send({ id, method, args });
    });
  return { call: send, close: async () => void (await send('close', {})) };
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!;

describe(`two backend processes on one company (on a PostgreSQL test cluster)`, () => {
  it('keep the ledger whole, send each e-mail once and never repeat a number while several clients work on both', async () => {
    const office = tempDir();
    const server = await startSmtpTestServer();
    try {
      const setup = await officePc(office, { now: () => new Date(NOW) });
      await call(setup, 'company-profile/update', COMPANY);
      await useTestServer(setup, server);
      const customers: number[] = [];
      for (let c = 0; c < 6; c++) {
        const customer = await call(setup, 'customers/create', {
          title: `Müşteri ${c + 1} Ltd.`,
          email: `cari${c + 1}@musteri.test`,
        });
        customers.push(customer.id);
        for (let i = 0; i < 4; i++)
          await call(setup, 'invoices/create', {
            customerId: customer.id,
            issueDate: '2026-09-01',
            dueDate: '2026-10-01',
            total: 50_000 + i,
          });
      }
      await closePc(setup);

      const url = await testDatabaseUrl(office);
      const pcs = [await spawnPc(url), await spawnPc(url)];
      // Three clients per PC, each doing twelve things in a row: payments (automatic and by hand), calls logged,
      // reminder runs by hand and new invoices, on the same customers from both PCs.
      const refusals: unknown[] = [];
      const client = async (pc: Pc, seed: number) => {
        for (let step = 0; step < 12; step++) {
          const customerId = pick(customers, seed + step);
          const n = seed * 100 + step;
          const work: [string, unknown][] = [
            ['payments/record', { customerId, date: TODAY, amount: 17_000 + n, method: 'bank_transfer', allocate: 'auto' }],
            ['activities/log', { customerId, kind: 'call', summary: `Arama ${n}`, outcome: 'promised' }],
            ['reminders/run-now', {}],
            ['invoices/create', { customerId, issueDate: '2026-11-02', dueDate: '2026-11-10', total: 9_000 + n }],
          ];
          const [method, args] = pick(work, step + seed);
          const result = await pc.call(method, args);
          if (!result.ok) refusals.push({ method, error: result.error });
        }
      };
      await Promise.all(pcs.flatMap((pc, p) => [1, 2, 3].map((c) => client(pc, p * 10 + c))));
      expect(refusals).toEqual([]);

      const check = await officePc(office, { now: () => new Date(NOW) });
      // The user approves the e-mails that wait for it, half on each PC: the senders of both then go at them.
      const awaiting = await check.store.db
        .selectFrom('outbox_messages')
        .select('id')
        .where('status', '=', 'awaiting_approval')
        .execute();
      const approvals = await Promise.all(awaiting.map((m, i) => pick(pcs, i).call('outbox/approve', { id: m.id })));
      expect(approvals.filter((r) => !r.ok)).toEqual([]);
      // The senders of both PCs empty the outbox.
      const waitingMail = async () =>
        (await check.store.db.selectFrom('outbox_messages').select('id').where('status', 'in', ['queued', 'sending']).execute())
          .length;
      const deadline = Date.now() + 20_000;
      while ((await waitingMail()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await waitingMail()).toBe(0);
      await Promise.all(pcs.map((pc) => pc.close()));

      expect(await ledgerInvariantBreaks(check.store.db)).toEqual({ openAmount: 0, unallocated: 0, negative: 0 });
      const messages = await check.store.db
        .selectFrom('outbox_messages')
        .select(['message_id', 'idempotency_key', 'status'])
        .execute();
      const sent = messages.filter((m) => m.status === 'sent');
      expect(sent.length).toBeGreaterThan(0);
      expect(messages.every((m) => m.status === 'sent')).toBe(true);
      const delivered = server.delivered().map((m) => m.parsed.messageId);
      expect(delivered).toHaveLength(sent.length);
      expect(new Set(delivered).size).toBe(delivered.length);
      expect(new Set(messages.map((m) => m.idempotency_key)).size).toBe(messages.length);
      const numbers = (await check.store.db.selectFrom('invoices').select('number').execute()).map((r) => r.number);
      expect(numbers.length).toBeGreaterThan(24);
      expect(new Set(numbers).size).toBe(numbers.length);
      const codes = (await check.store.db.selectFrom('customers').select('code').execute()).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      // The reminder scheduler ran on one of the two at a time: its start-up runs never overlapped into two sends.
      const runs = await check.store.db.selectFrom('reminder_runs').select(['trigger', 'emails']).execute();
      expect(runs.filter((r) => r.trigger === 'startup').length).toBeGreaterThanOrEqual(1);
    } finally {
      await server.close();
    }
  }, 120_000);
});
