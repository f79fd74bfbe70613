import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../support/pg-databases';
import { tempDir } from '../../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');

/** The real `vade` command as a bookkeeper's script runs it: the server company named by VADE_DATABASE_URL only. */
function vade(dataDir: string, url: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, VADE_DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error(`vade ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  expect(`${result.stdout}${result.stderr}`).not.toContain('Cli-Parola-5');
  return JSON.parse(result.stdout) as unknown;
}

describe('the vade command line on a server company (VADE_DATABASE_URL)', { timeout: 480_000 }, () => {
  it('lists customers, records a payment and backs the company up, never printing the password', async () => {
    const dataDir = tempDir();
    // The test server trusts every connection, so a password in the URL is accepted and must never be printed.
    const url = (await testDatabaseUrl(dataDir)).replace('postgres://postgres@', 'postgres://postgres:Cli-Parola-5@');
    const customer = vade(dataDir, url, ['call', 'customers/create', '{"title":"Deniz Gıda Ltd. Şti."}']) as { id: number };
    vade(dataDir, url, [
      'call',
      'invoices/create',
      JSON.stringify({ customerId: customer.id, issueDate: '2026-11-01', total: 1_250_000 }),
    ]);

    const list = vade(dataDir, url, ['call', 'customers/list', '{"search":"deniz gida"}']) as { items: { title: string }[] };
    expect(list.items.map((c) => c.title)).toEqual(['Deniz Gıda Ltd. Şti.']);

    const payment = vade(dataDir, url, [
      'call',
      'payments/record',
      JSON.stringify({ customerId: customer.id, date: '2026-11-20', amount: 500_000, method: 'bank_transfer' }),
    ]) as { amount: number; unallocated: number };
    expect(payment).toMatchObject({ amount: 500_000, unallocated: 0 });

    // Into the data folder's backups/ (no folder chosen); the backup is a company file holding the payment.
    const backup = vade(dataDir, url, ['call', 'backups/create', '{}']) as { name: string };
    expect(fs.existsSync(path.join(dataDir, 'backups', backup.name))).toBe(true);
    const listed = vade(dataDir, url, ['call', 'backups/list', '{}']) as { name: string; check: { status: string } }[];
    expect(listed.find((b) => b.name === backup.name)?.check.status).toBe('ok');
  });
});
