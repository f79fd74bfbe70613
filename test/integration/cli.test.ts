import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');

function vade(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each call starts a CLI process that loads the whole backend through tsx: seconds each on a busy 2-core machine.
describe('vade CLI', { timeout: 90_000 }, () => {
  it('creates, reads back and lists customers as JSON', () => {
    const dir = tempDir();
    const created = vade([
      'call',
      'customers/create',
      '{"title":"Ege Tekstil","taxId":"4540536920","city":"İZMİR"}',
      '--data-dir',
      dir,
    ]);
    expect(created.code).toBe(0);
    const customer = JSON.parse(created.stdout) as { code: string };
    const got = vade(['call', 'customers/get', '-', '--data-dir', dir], JSON.stringify({ code: customer.code }));
    expect(JSON.parse(got.stdout)).toMatchObject({ title: 'Ege Tekstil', city: 'İZMİR' });
    const list = vade(['call', 'customers/list', '{"search":"izmir"}', '--data-dir', dir]);
    expect(JSON.parse(list.stdout).total).toBe(1);
  });

  it('prints a refused call as a typed JSON error on stderr, exits 1 and saves nothing', () => {
    const dir = tempDir();
    const bad = vade(['call', 'customers/create', '{"title":"Ege","taxId":"4540536921"}', '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(JSON.parse(bad.stderr)).toMatchObject({
      kind: 'validation',
      issues: [{ path: ['taxId'], key: 'validation.taxId.vkn' }],
    });
    expect(JSON.parse(vade(['call', 'customers/list', '{"status":"all"}', '--data-dir', dir]).stdout).total).toBe(0);
  });

  it('reads VADE_DATA_DIR when no --data-dir is given', () => {
    const dir = tempDir();
    const result = spawnSync(process.execPath, [BIN, 'call', 'system/info'], {
      encoding: 'utf8',
      env: { ...process.env, VADE_DATA_DIR: dir },
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ dataDir: dir, mode: 'cli' });
  });

  it('lists every method with its input JSON Schema', () => {
    const methods = JSON.parse(vade(['methods', '--json']).stdout) as {
      name: string;
      input: { type: string; properties: Record<string, unknown> };
    }[];
    const names = methods.map((m) => m.name);
    for (const name of [
      'system/info',
      'customers/create',
      'customers/update',
      'customers/get',
      'customers/list',
      'customers/archive',
      'settings/get',
      'settings/update',
    ]) {
      expect(names).toContain(name);
    }
    // Only the current names: the old ones of 0.x still work but are not offered.
    expect(names).toContain('backups/create');
    expect(names).not.toContain('backup/create');
    const create = methods.find((m) => m.name === 'customers/create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties)).toEqual(expect.arrayContaining(['title', 'taxId', 'contacts', 'creditLimit']));
  });

  it('runs a method called by its old name and says on stderr which name to use', () => {
    const dir = tempDir();
    const old = vade(['call', 'customers/suggestCode', '--data-dir', dir]);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout)).toEqual({ code: 'C00001' });
    expect(old.stderr).toBe(
      "vade: 'customers/suggestCode' is deprecated, use 'customers/suggest-code' (old names are removed in 1.1)\n",
    );
    const current = vade(['call', 'customers/suggest-code', '--data-dir', dir]);
    expect(current.code).toBe(0);
    expect(current.stderr).toBe('');
  });

  it('says clearly when the arguments or the command are wrong', () => {
    const dir = tempDir();
    const notJson = vade(['call', 'customers/create', '{title:', '--data-dir', dir]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
    expect(vade(['frobnicate']).code).toBe(2);
  });

  it('refuses a data file that is not a database without a stack trace', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'companies'));
    fs.writeFileSync(path.join(dir, 'companies', 'default.vade.sqlite'), 'hello');
    const result = vade(['call', 'system/info', '--data-dir', dir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/is not a Vade database/);
    expect(result.stderr).not.toMatch(/ at /);
  });
});
