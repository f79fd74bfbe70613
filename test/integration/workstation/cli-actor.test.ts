import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testBackend, testStoreEnv } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');

function vade(args: string[], env: Record<string, string> = {}) {
  const { VADE_USER: _ignored, VADE_DATABASE_URL: _unset, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...inherited, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each call starts a CLI process that loads the whole backend through tsx: up to 20 s each on a busy machine.
describe('vade call names who acts', { timeout: 300_000 }, () => {
  it('takes --as, else VADE_USER, else the person set for this PC, and refuses a name with a line break', async () => {
    const dir = tempDir();
    const store = await testStoreEnv(dir); // the CLI opens the same company as the test backend below
    // A wrong name is refused before the company is opened.
    const bad = vade(['call', 'customers/create', '{"title":"Kuzey"}', '--as', 'Ali\nVeli', '--data-dir', dir], store);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as: Must not contain control characters/);

    const set = vade(['call', 'workstation/update', '{"personName":"Ayşe Yılmaz"}', '--data-dir', dir], store);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ personName: 'Ayşe Yılmaz' });
    const created = vade(
      ['call', 'customers/create', '{"title":"Ege Tekstil"}', '--as', 'Mehmet Kaya', '--data-dir', dir],
      store,
    );
    expect(created.code, created.stderr).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: number };
    const log = (summary: string) => JSON.stringify({ customerId: id, kind: 'call', summary });
    const byEnv = vade(['call', 'activities/log', log('Zeynep aradı'), '--data-dir', dir], {
      ...store,
      VADE_USER: 'Zeynep Demir',
    });
    expect(byEnv.code, byEnv.stderr).toBe(0);
    const byPc = vade(['call', 'activities/log', log('Ayşe aradı'), '--data-dir', dir], store);
    expect(byPc.code, byPc.stderr).toBe(0);

    const b = await testBackend(dir);
    const audit = (await call(b, 'audit/list', {})).items.map((e) => [e.action, e.actorName]);
    expect(audit).toEqual([
      ['activities/log', 'Ayşe Yılmaz'],
      ['activities/log', 'Zeynep Demir'],
      ['customers/create', 'Mehmet Kaya'],
    ]);
    const timeline = (await call(b, 'customers/timeline', { id })).items.map((e) => [e.title, e.actor]);
    expect(timeline).toEqual([
      ['Ayşe aradı', 'Ayşe Yılmaz'],
      ['Zeynep aradı', 'Zeynep Demir'],
    ]);
  });
});
