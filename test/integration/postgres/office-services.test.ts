import { describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Backend } from '../../../src-main/backend';
import type { AppEvent } from '../../../src-shared/contract/events';
import { createOutboxSender } from '../../../src-main/features/outbox/outbox-sender';
import { keyFileSecretStore } from '../../../src-main/store/secrets/secret-store';
import { testDatabaseUrl } from '../../support/pg-databases';
import { call, closePc, officePc } from '../../support/office-pcs';
import { startSmtpTestServer } from '../../support/smtp-test-server';
import { tempDir } from '../../support/temp-dir';
import { queueMessage, useTestServer } from '../outbox/outbox-fixtures';
import { invoice, remindable, setUpReminders } from '../reminders/reminder-fixture';

const until = async (what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Runs SQL as the server's administrator on the office's database (what another tool would see). */
async function admin<T extends pg.QueryResultRow>(office: string, text: string): Promise<T[]> {
  const client = new pg.Client(await testDatabaseUrl(office));
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

const runs = (b: Backend) =>
  b.store.db.selectFrom('reminder_runs').select(['trigger', 'status', 'emails']).orderBy('id').execute();

describe(`the office's shared jobs and screens (on a PostgreSQL test cluster)`, () => {
  it('runs the reminder scheduler and the daily refresh on one PC at a time; another takes over when it closes', async () => {
    const office = tempDir();
    const clock = () => new Date(2026, 10, 23, 10, 0); // Monday 23 November, 10:00 local
    const setup = await officePc(office, { now: clock });
    await setUpReminders(setup);
    const customer = await remindable(setup);
    await invoice(setup, customer.id, 'S-1', '2026-11-20');
    await closePc(setup);

    const scheduled = { now: clock, reminderScheduler: { now: clock }, runnerRetryMs: 100 };
    const first = await officePc(office, scheduled);
    await until('the first PC’s start-up run', async () => (await runs(first)).length === 1);
    const second = await officePc(office, scheduled);
    await new Promise((resolve) => setTimeout(resolve, 500)); // five of its tries
    expect(await runs(first)).toEqual([{ trigger: 'startup', status: 'done', emails: 1 }]);
    // Only one PC runs them: the second's scheduler has not started.
    expect(() => second.scheduler!.tick()).toThrow(/not started/);
    const holders = await admin<{ n: number }>(
      office,
      `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(holders).toEqual([{ n: 1 }]);

    await closePc(first);
    await until('the second PC to take over', async () => (await runs(second)).length === 2);
    // It ran the day again and found nothing new: the reminder went out once.
    expect(await runs(second)).toEqual([
      { trigger: 'startup', status: 'done', emails: 1 },
      { trigger: 'startup', status: 'done', emails: 0 },
    ]);
    expect(await second.store.db.selectFrom('outbox_messages').select('id').execute()).toHaveLength(1);
    expect(await second.scheduler!.tick()).toMatchObject({ status: 'done', summary: { emails: 0 } });
  });

  it('sends each message of the shared outbox once, however many PCs send at the same moment', async () => {
    const office = tempDir();
    const server = await startSmtpTestServer();
    try {
      const pcs = [await officePc(office), await officePc(office), await officePc(office)];
      await useTestServer(pcs[0]!, server);
      const queued = [];
      for (let i = 0; i < 24; i++) queued.push(await queueMessage(pcs[0]!, { subject: `Mesaj ${i}` }));
      const senders = pcs.map((pc, i) =>
        createOutboxSender({ db: pc.store.db, secrets: keyFileSecretStore(pc.info.dataDir), senderId: `pc-${i}` }),
      );
      const results = await Promise.all(senders.flatMap((s) => [s.runOnce(), s.runOnce()]));
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(24);
      const ids = server.delivered().map((m) => m.parsed.messageId);
      expect(ids).toHaveLength(24);
      expect(new Set(ids)).toEqual(new Set(queued.map((q) => q.messageId)));
      const rows = await pcs[1]!.store.db.selectFrom('outbox_messages').select(['status', 'claimed_by', 'claimed_at']).execute();
      expect(rows.every((r) => r.status === 'sent' && /^pc-\d$/.test(r.claimed_by ?? '') && r.claimed_at)).toBe(true);
      // The claims were shared out: more than one PC sent.
      expect(new Set(rows.map((r) => r.claimed_by)).size).toBeGreaterThan(1);
    } finally {
      await server.close();
    }
  });

  it('refreshes the open screens of the other PCs within a second of a change, and again after a dropped connection', async () => {
    const office = tempDir();
    const [a, b] = [await officePc(office), await officePc(office)];
    const seen: { a: AppEvent[]; b: AppEvent[] } = { a: [], b: [] };
    a.events.subscribe((event) => seen.a.push(event));
    b.events.subscribe((event) => seen.b.push(event));

    const started = Date.now();
    const customer = await call(a, 'customers/create', { title: 'Ege Tekstil A.Ş.' });
    await until('PC B to hear of it', () => seen.b.some((e) => e.type === 'customers/changed'), 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(seen.b).toContainEqual({ type: 'customers/changed', ids: [customer.id] });
    // A hears its own change once, from its own dispatch, not again from the server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.a.filter((e) => e.type === 'customers/changed')).toHaveLength(1);

    // The server ends B's listening session: B connects again, tells its windows to refetch, and hears again.
    await admin(
      office,
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'vade events'
      and pid in (select pid from pg_stat_activity where datname = current_database()) and pid <> pg_backend_pid()
      and pid = (select max(pid) from pg_stat_activity where application_name = 'vade events' and datname = current_database())`,
    );
    seen.b.length = 0;
    seen.a.length = 0;
    await until('a listener to come back', () => seen.a.concat(seen.b).some((e) => e.type === 'store/replaced'), 5_000);
    const listener = seen.b.some((e) => e.type === 'store/replaced')
      ? { pc: b, other: a, seen: seen.b }
      : { pc: a, other: b, seen: seen.a };
    listener.seen.length = 0;
    await call(listener.other, 'invoices/create', { customerId: customer.id, issueDate: '2026-11-02', total: 12_345 });
    await until('the reconnected PC to hear of the invoice', () => listener.seen.some((e) => e.type === 'ledger/changed'), 1_000);
  });
});
