import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import type { ServerTargetInput } from '../../../src-shared/domain/companies/schemas';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { addPasswordUser } from '../../support/pg-password-user';
import { call } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const PASSWORD = 'Gizli-Parola-9!';
let cluster: PgCluster;
let closedPort: number;

beforeAll(async () => {
  // A cluster of this file's own: a role with a password is added to its pg_hba.conf.
  cluster = await startPgCluster();
  await addPasswordUser(cluster, 'muhasebe', PASSWORD, 'ofis');
  await addPasswordUser(cluster, 'kopya', PASSWORD, 'kopya');
  closedPort = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}, 120_000);
afterAll(() => cluster?.stop());

const office = (changes: Partial<ServerTargetInput> = {}): ServerTargetInput => ({
  host: '127.0.0.1',
  port: cluster.port,
  database: 'ofis',
  user: 'muhasebe',
  password: PASSWORD,
  sslmode: 'disable',
  ...changes,
});

async function desk(): Promise<{ backend: Backend; dataDir: string }> {
  const dataDir = tempDir();
  return { backend: await openBackend({ dataDir, mode: 'browser', outboxSender: false, reminderScheduler: false }), dataDir };
}

describe('a company on a server, opened from the app', { timeout: 120_000 }, () => {
  it('says in the user’s words why a connection fails: password, host, server down, database, TLS', async () => {
    const { backend } = await desk();
    try {
      const test = (changes: Partial<ServerTargetInput>) => call(backend, 'companies/test-server', office(changes));
      const problems = {
        wrongPassword: await test({ password: 'yanlis' }),
        noPassword: await test({ password: undefined }),
        unknownHost: await test({ host: 'vade-yok.invalid' }),
        down: await test({ port: closedPort }),
        noDatabase: await test({ database: 'yok_boyle' }),
        noTls: await test({ sslmode: 'require' }),
      };
      expect(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.ok ? 'ok' : v.problem]))).toEqual({
        wrongPassword: 'wrong_password',
        noPassword: 'password_required',
        unknownHost: 'unknown_host',
        down: 'server_down',
        noDatabase: 'database_missing',
        noTls: 'tls_refused',
      });
      expect(!problems.wrongPassword.ok && problems.wrongPassword.message).toBe(
        'muhasebe kullanıcısının parolası yanlış (127.0.0.1). Parolayı kontrol edin.',
      );
      for (const check of Object.values(problems)) expect(JSON.stringify(check)).not.toContain(PASSWORD);
      // prefer: TLS when the server has it, else without (this server has none).
      expect(await test({ sslmode: 'prefer' })).toMatchObject({ ok: true, holds: 'empty', companyName: null });
    } finally {
      await backend.close();
    }
  });

  it('opens it, remembers it without the password, and switches between it and the local file both ways', async () => {
    const { backend, dataDir } = await desk();
    try {
      await call(backend, 'customers/create', { title: 'Yerel Müşteri' });
      const refused = await backend.dispatch('companies/open-server', office({ password: 'yanlis' }));
      expect(!refused.ok && refused.error.issues?.[0]?.path).toEqual(['password']);
      const config = path.join(dataDir, 'vade-app.json');
      expect(fs.existsSync(config) ? (JSON.parse(fs.readFileSync(config, 'utf8')).servers ?? {}) : {}).toEqual({});

      const opened = await call(backend, 'companies/open-server', { ...office(), name: 'Ofis (sunucu)' });
      expect(opened).toMatchObject({ current: true, location: 'server', name: 'Ofis (sunucu)' });
      expect(backend.store.kind).toBe('postgres');
      expect(backend.services).toContain('office');
      await call(backend, 'customers/create', { title: 'Sunucu Müşterisi' });

      const saved = fs.readFileSync(path.join(dataDir, 'vade-app.json'), 'utf8');
      expect(saved).not.toContain(PASSWORD);
      expect(JSON.parse(saved).servers[opened.id]).toMatchObject({ host: '127.0.0.1', user: 'muhasebe', sslmode: 'disable' });
      expect(JSON.parse(saved).servers[opened.id].passwordSecret).toMatch(/^keyfile:v1:/);
      expect(JSON.parse(saved).currentCompany).toBe(opened.id);
      const settings = await call(backend, 'companies/server-settings', { id: opened.id });
      expect(settings.server).toMatchObject({ passwordSaved: true, secretStorage: 'key-file', database: 'ofis' });
      expect(JSON.stringify(settings)).not.toContain(PASSWORD);

      const list = await call(backend, 'companies/list', {});
      expect(list.map((c) => [c.id, c.location, c.current])).toEqual([
        [opened.id, 'server', true],
        ['default', 'file', false],
      ]);

      await call(backend, 'companies/open', { id: 'default' });
      expect(backend.store.kind).toBe('sqlite');
      expect(backend.services).not.toContain('office');
      expect((await call(backend, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Yerel Müşteri']);
      await call(backend, 'companies/open', { id: opened.id });
      expect((await call(backend, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Sunucu Müşterisi']);

      // Editing the connection without typing the password keeps the saved one.
      const again = await call(backend, 'companies/test-server', office({ id: opened.id, password: undefined }));
      expect(again).toMatchObject({ ok: true, holds: 'company' });
    } finally {
      await backend.close();
    }
    // The next start on this PC opens the server company with the sealed password.
    const reopened = await openBackend({ dataDir, mode: 'browser', outboxSender: false, reminderScheduler: false });
    try {
      expect(reopened.store.kind).toBe('postgres');
      expect((await call(reopened, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Sunucu Müşterisi']);
    } finally {
      await reopened.close();
    }
    // Started while that server is away: the app opens the company file, and still lists the server company.
    cluster.halt();
    try {
      const away = await openBackend({ dataDir, mode: 'browser', outboxSender: false, reminderScheduler: false });
      try {
        expect(away.store.kind).toBe('sqlite');
        expect((await call(away, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Yerel Müşteri']);
        expect((await call(away, 'companies/list', {})).map((c) => c.location)).toContain('server');
      } finally {
        await away.close();
      }
    } finally {
      cluster.resume();
    }
  });

  it('copies the local company to an empty server database and back to a new file, checked, with progress', async () => {
    const { backend } = await desk();
    try {
      const customer = await call(backend, 'customers/create', { title: 'Kopya Gıda' });
      await call(backend, 'invoices/create', {
        customerId: customer.id,
        issueDate: '2026-11-02',
        total: 150_000,
        currency: 'TRY',
      });
      const progress: string[] = [];
      backend.events.subscribe((e) => e.type === 'companies/copy-progress' && e.jobId === 'j1' && progress.push(e.table));
      const up = await call(backend, 'companies/copy', {
        toServer: {
          host: '127.0.0.1',
          port: cluster.port,
          database: 'kopya',
          user: 'kopya',
          password: PASSWORD,
          sslmode: 'prefer',
        },
        jobId: 'j1',
      });
      expect(up).toMatchObject({
        rows: { customers: 1, invoices: 1 },
        to: { kind: 'postgres' },
        company: { location: 'server' },
      });
      expect(up.money['invoices.total']).toEqual({ TRY: 150_000 });
      expect(progress).toContain('invoices');
      expect(JSON.stringify(up)).not.toContain(PASSWORD);

      await call(backend, 'companies/open', { id: up.company!.id });
      const down = await call(backend, 'companies/copy', { toCompany: { name: 'Geri Kopya' } });
      expect(down).toMatchObject({
        rows: { customers: 1, invoices: 1 },
        to: { kind: 'sqlite' },
        company: { location: 'file', name: 'Geri Kopya' },
      });
      await call(backend, 'companies/open', { id: down.company!.id });
      expect((await call(backend, 'invoices/list', {})).items.map((i) => i.total)).toEqual([150_000]);

      // A window never names a file.
      const named = await backend.dispatch('companies/copy', { to: '/tmp/x.vade.sqlite' });
      expect(!named.ok && named.error.kind).toBe('validation');
    } finally {
      await backend.close();
    }
  });
});
