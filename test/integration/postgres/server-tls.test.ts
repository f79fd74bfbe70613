import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import { exportsFolderHost } from '../../../src-main/documents/document-host';
import type { ServerTargetInput } from '../../../src-shared/domain/companies/schemas';
import type { ServerCheck } from '../../../src-shared/domain/companies/types';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { addPasswordUser } from '../../support/pg-password-user';
import { makeTestCertificates, type TestCertificates } from '../../support/pg-tls';
import { call } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const PASSWORD = 'Tls-Gizli-Parola-5';
let certs: TestCertificates;
let cluster: PgCluster;

/** Runs SQL as the cluster's superuser (plain, over the trusted local line). */
async function admin(statement: string): Promise<void> {
  const client = new pg.Client(`${cluster.baseUrl}postgres`);
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // The certificate names localhost and 127.0.0.1; 'vm' also resolves to 127.0.0.1 here, but is not on it.
  expect(fs.readFileSync('/etc/hosts', 'utf8')).toMatch(/127\.0\.0\.1\s+.*\bvm\b/);
  certs = makeTestCertificates(['localhost', '127.0.0.1']);
  cluster = await startPgCluster({ settings: certs.serverSettings });
  await addPasswordUser(cluster, 'muhasebe', PASSWORD, 'ofis');
  // 'yalnizssl' may connect only encrypted: a hostnossl reject line above its hostssl-or-plain one.
  await addPasswordUser(cluster, 'yalnizssl', PASSWORD, 'sifreli');
  const hba = path.join(cluster.dir, 'data', 'pg_hba.conf');
  fs.writeFileSync(hba, `hostnossl all yalnizssl 127.0.0.1/32 reject\n${fs.readFileSync(hba, 'utf8')}`);
  await admin('alter system set ssl = on');
  await admin('select pg_reload_conf()');
}, 120_000);
afterAll(() => {
  cluster?.stop();
  if (certs) fs.rmSync(certs.dir, { recursive: true, force: true });
});

const office = (changes: Partial<ServerTargetInput> = {}): ServerTargetInput => ({
  host: 'localhost',
  port: cluster.port,
  database: 'ofis',
  user: 'muhasebe',
  password: PASSWORD,
  sslmode: 'require',
  ...changes,
});

const outcome = (check: ServerCheck) => (check.ok ? (check.encrypted ? 'encrypted' : 'plain') : check.problem);

/** Every line the process writes to its console or its streams while `run` runs. */
async function logLines<T>(run: () => Promise<T>): Promise<{ value: T; lines: string }> {
  const seen: string[] = [];
  const spies = [
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void seen.push(args.map(String).join(' '))),
    ),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (seen.push(String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (seen.push(String(chunk)), true)),
  ];
  const emitted = (warning: Error) => void seen.push(`${warning.name}: ${warning.message}`);
  process.on('warning', emitted);
  try {
    return { value: await run(), lines: seen.join('\n') };
  } finally {
    process.off('warning', emitted);
    for (const spy of spies) spy.mockRestore();
  }
}

async function desk(): Promise<Backend> {
  return openBackend({ dataDir: tempDir(), mode: 'browser', outboxSender: false, reminderScheduler: false });
}

describe('a company on a server over TLS, with a certificate of the office’s own CA', { timeout: 120_000 }, () => {
  it('connects encrypted with require and verify-full with the CA, refuses an unknown CA or another name in the user’s words', async () => {
    const backend = await desk();
    try {
      const test = (changes: Partial<ServerTargetInput>) => call(backend, 'companies/test-server', office(changes));
      const { value: checks, lines } = await logLines(async () => ({
        require: await test({}),
        verifyWithCa: await test({ sslmode: 'verify-full', sslrootcert: certs.caFile }),
        verifyByIp: await test({ sslmode: 'verify-full', sslrootcert: certs.caFile, host: '127.0.0.1' }),
        requireWithCa: await test({ sslmode: 'require', sslrootcert: certs.caFile }),
        preferWithTls: await test({ sslmode: 'prefer' }),
        verifySystemCas: await test({ sslmode: 'verify-full' }),
        verifyOtherCa: await test({ sslmode: 'verify-full', sslrootcert: certs.otherCaFile }),
        requireOtherCa: await test({ sslmode: 'require', sslrootcert: certs.otherCaFile }),
        verifyWrongName: await test({ sslmode: 'verify-full', sslrootcert: certs.caFile, host: 'vm' }),
        disableToTlsOnly: await test({ sslmode: 'disable', user: 'yalnizssl', database: 'sifreli' }),
        requireToTlsOnly: await test({ sslmode: 'require', user: 'yalnizssl', database: 'sifreli' }),
        wrongPasswordOverTls: await test({ sslmode: 'verify-full', sslrootcert: certs.caFile, password: 'yanlis-parola' }),
      }));
      expect(Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, outcome(v)]))).toEqual({
        require: 'encrypted',
        verifyWithCa: 'encrypted',
        verifyByIp: 'encrypted',
        requireWithCa: 'encrypted',
        preferWithTls: 'encrypted',
        verifySystemCas: 'tls_untrusted',
        verifyOtherCa: 'tls_untrusted',
        requireOtherCa: 'tls_untrusted', // a CA given with require is checked, as libpq does
        verifyWrongName: 'tls_untrusted',
        disableToTlsOnly: 'tls_required',
        requireToTlsOnly: 'encrypted',
        wrongPasswordOverTls: 'wrong_password',
      });
      const message = (check: ServerCheck) => (check.ok ? '' : check.message);
      expect(message(checks.verifyWrongName)).toBe(
        'Sunucunun sertifikası doğrulanamadı: güvenilmeyen bir yetkilinin (CA) imzası ya da başka bir ada verilmiş sertifika. Sunucu adı sertifikadakiyle aynı olmalı; sertifikayı ofisinizin kendi yetkilisi imzaladıysa onun CA dosyasını seçin.',
      );
      expect(message(checks.disableToTlsOnly)).toContain('yalnızca şifreli (SSL/TLS) bağlantıyla');
      for (const check of Object.values(checks)) expect(JSON.stringify(check)).not.toContain(PASSWORD);
      expect(lines).not.toContain(PASSWORD);

      // A CA file that is not there, or not a certificate, is refused under its field before connecting.
      const caRefusal = async (sslrootcert: string) => {
        const result = await backend.dispatch('companies/test-server', office({ sslmode: 'verify-full', sslrootcert }));
        if (result.ok) throw new Error(`${sslrootcert} was not refused`);
        const [issue] = result.error.issues ?? [];
        return { kind: result.error.kind, path: issue?.path, key: issue?.key, message: issue?.message };
      };
      const missing = path.join(certs.dir, 'yok.crt');
      expect(await caRefusal(missing)).toEqual({
        kind: 'validation',
        path: ['sslrootcert'],
        key: 'servers.form.caFileMissing',
        message: `Dosya bulunamadı: ${missing}. Yolu kontrol edin ya da dosyayı yeniden seçin.`,
      });
      expect(await caRefusal(path.join(certs.dir, 'san.ext'))).toMatchObject({ key: 'servers.form.caFileNotCertificate' });
      expect(await caRefusal(certs.dir)).toMatchObject({ key: 'servers.form.caFileUnreadable' });
      expect(await call(backend, 'companies/choose-ca-file', {})).toEqual({ path: null }); // no dialog in a browser

      // The same refusals in English, for a PC set to English.
      await call(backend, 'settings/update', { language: 'en' });
      const english = await test({ sslmode: 'verify-full', host: 'vm' });
      expect(!english.ok && english.message).toBe(
        "The server's certificate could not be verified: signed by an untrusted authority (CA), or issued to another name. The server name must match the certificate; if your office's own authority signed it, choose its CA file.",
      );
      expect((await caRefusal(missing)).message).toBe(`File not found: ${missing}. Check the path or pick the file again.`);
    } finally {
      await backend.close();
    }
  });

  it('opens the company with verify-full and the CA file, encrypted on every connection, and reopens it next start', async () => {
    const dataDir = tempDir();
    // The desktop app's file dialog, answered with the CA file (browser mode's host has no dialog: null).
    const documentHost = {
      ...exportsFolderHost(dataDir),
      openFile: async (kind: string) => (kind === 'certificate' ? certs.caFile : null),
    };
    const open = () => openBackend({ dataDir, mode: 'browser', outboxSender: false, reminderScheduler: false, documentHost });
    const sessionIsEncrypted = async (backend: Backend) =>
      (await sql<{ ssl: number }>`select ssl::int as ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(backend.store.db))
        .rows[0]?.ssl === 1;
    const backend = await open();
    try {
      // Opening refuses an untrusted server under the SSL field, and a CA file it cannot read under that field.
      const untrusted = await backend.dispatch('companies/open-server', office({ sslmode: 'verify-full' }));
      expect(!untrusted.ok && untrusted.error.issues?.[0]?.path).toEqual(['sslmode']);
      const unreadable = await backend.dispatch(
        'companies/open-server',
        office({ sslmode: 'verify-full', sslrootcert: '/yok/ca.crt' }),
      );
      expect(!unreadable.ok && unreadable.error.issues?.[0]?.path).toEqual(['sslrootcert']);
      const relative = await backend.dispatch('companies/open-server', office({ sslmode: 'verify-full', sslrootcert: 'ca.crt' }));
      expect(!relative.ok && relative.error.kind).toBe('validation');
      expect(!relative.ok && relative.error.issues?.[0]?.path).toEqual(['sslrootcert']);

      const picked = await call(backend, 'companies/choose-ca-file', {});
      expect(picked).toEqual({ path: certs.caFile });
      const opened = await call(backend, 'companies/open-server', {
        ...office({ sslmode: 'verify-full', sslrootcert: picked.path! }),
        name: 'Şifreli Ofis',
      });
      expect(opened).toMatchObject({ location: 'server', name: 'Şifreli Ofis' });
      expect(await sessionIsEncrypted(backend)).toBe(true);
      await call(backend, 'customers/create', { title: 'Şifreli Müşteri' });
      const settings = await call(backend, 'companies/server-settings', { id: opened.id });
      expect(settings.server).toMatchObject({ sslmode: 'verify-full', sslrootcert: certs.caFile, passwordSaved: true });
      const saved = fs.readFileSync(path.join(dataDir, 'vade-app.json'), 'utf8');
      expect(saved).not.toContain(PASSWORD);
    } finally {
      await backend.close();
    }
    // Every session the server sees from Vade is encrypted (the pool's, the office services' own connections).
    const reopened = await open();
    try {
      expect(reopened.store.kind).toBe('postgres');
      expect((await call(reopened, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Şifreli Müşteri']);
      const { rows } = await sql<{ ssl: number; n: number }>`
        select s.ssl::int as ssl, count(*)::int as n from pg_stat_activity a join pg_stat_ssl s using (pid)
        where a.usename = 'muhasebe' group by s.ssl`.execute(reopened.store.db);
      expect(rows.map((r) => r.ssl)).toEqual([1]);
    } finally {
      await reopened.close();
    }
  });

  it('prefer goes on without TLS when the server has none, and says the connection is not encrypted', async () => {
    const backend = await desk();
    await admin('alter system set ssl = off');
    await admin('select pg_reload_conf()');
    try {
      const test = (changes: Partial<ServerTargetInput>) => call(backend, 'companies/test-server', office(changes));
      expect(outcome(await test({ sslmode: 'prefer' }))).toBe('plain');
      expect(outcome(await test({ sslmode: 'require' }))).toBe('tls_refused');
      expect(outcome(await test({ sslmode: 'disable' }))).toBe('plain');
    } finally {
      await admin('alter system set ssl = on');
      await admin('select pg_reload_conf()');
      await backend.close();
    }
  });
});
