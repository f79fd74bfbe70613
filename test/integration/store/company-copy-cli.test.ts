import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
import { testDatabaseUrl } from '../../support/pg-databases';
import { tempDir } from '../../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');

function vade(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('vade companies copy', { timeout: 180_000 }, () => {
  it('copies a company file to a server and back, reports what it copied, never shows the password and refuses a used target', async () => {
    const dir = tempDir();
    expect(vade(['call', 'customers/create', '{"title":"Ege Tekstil"}', '--data-dir', dir]).code).toBe(0);
    // The test server trusts every connection, so a password in the URL is accepted and must never be printed.
    const url = (await testDatabaseUrl(`${dir}-server`)).replace('postgres://postgres@', 'postgres://postgres:Gizli-Parola-9@');

    const up = vade(['companies', 'copy', '--from', companyDatabaseFile(dir), '--to', url, '--data-dir', dir]);
    expect(up.stderr.includes('Gizli-Parola-9') || up.stdout.includes('Gizli-Parola-9')).toBe(false);
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(/Copied \d+ rows from .* \(sqlite\) to postgres:\/\/postgres:\*\*\*@.* \(postgres\)/);
    expect(up.stdout).toMatch(/customers\s+1\n/);

    const again = vade(['companies', 'copy', '--from', companyDatabaseFile(dir), '--to', url, '--data-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a company/);
    expect(again.stderr).not.toContain('Gizli-Parola-9');

    const back = tempDir();
    const down = vade(['companies', 'copy', '--from', url, '--to', companyDatabaseFile(back), '--json', '--data-dir', back]);
    expect(down.code).toBe(0);
    expect(JSON.parse(down.stdout)).toMatchObject({ rows: { customers: 1 }, to: { kind: 'sqlite' } });
  });
});
