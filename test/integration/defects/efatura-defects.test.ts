import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { call, testBackend, testStoreEnv } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

const FIXTURES = path.resolve('test/fixtures/efatura');
const OWN_VKN = '4540536920';
const fixtureText = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** A fixture changed by plain text replacements, written to a temp folder. */
function variant(name: string, replacements: [string | RegExp, string][], dir = tempDir()): string {
  let xml = fixtureText(name);
  for (const [from, to] of replacements) xml = xml.replace(from, to);
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  return file;
}

async function ourCompany(backend: Backend) {
  await call(backend, 'company-profile/update', { title: 'Vade Test Ticaret A.Ş.', taxId: OWN_VKN, taxOffice: 'Kadıköy' });
}

describe('e-Fatura import defects', () => {
  it('refuses a document where the company is both parties, and creates no card with its own VKN', async () => {
    const b = await testBackend();
    await ourCompany(b);
    // A return whose sender is the company itself as well.
    const file = variant('iade.xml', [
      ['<cbc:ID schemeID="VKN">1234567890</cbc:ID>', `<cbc:ID schemeID="VKN">${OWN_VKN}</cbc:ID>`],
    ]);
    const result = await call(b, 'imports/efatura', { source: { path: file } });
    expect(result.files[0]).toMatchObject({ status: 'error' });
    expect(result.files[0]!.message).toMatch(/hem satıcı hem alıcı/);
    const cards = await call(b, 'customers/list', { status: 'all' });
    expect(cards.items.filter((c) => c.taxId === OWN_VKN)).toEqual([]);
  });

  it('leaves placeholder e-mails (noreply@, defaultpk@…) off the customer card', async () => {
    for (const placeholder of ['noreply@denizgida.example', 'defaultpk@denizgida.example', 'No-Reply@efatura.example']) {
      const b = await testBackend();
      await ourCompany(b);
      const file = variant('satis-temelfatura.xml', [['muhasebe@denizgida.example', placeholder]]);
      const result = await call(b, 'imports/efatura', { source: { path: file } });
      expect(result.imported).toBe(1);
      const list = await call(b, 'customers/list', { search: '1234567890' });
      const card = await call(b, 'customers/get', { id: list.items[0]!.id });
      expect(card.email, placeholder).toBe('');
    }
  });

  it('answers "nothing imported" when no document was imported, and the CLI exits non-zero', async () => {
    const b = await testBackend();
    await ourCompany(b);
    const result = await call(b, 'imports/efatura', { source: { path: path.join(FIXTURES, 'alis.xml') } });
    expect(result).toMatchObject({ status: 'nothing_imported', imported: 0, failed: 1 });

    const dir = tempDir();
    const env = { ...process.env, ...(await testStoreEnv(dir)) };
    const vade = (args: string[]) =>
      spawnSync(process.execPath, [path.resolve('bin/vade.mjs'), ...args, '--data-dir', dir], {
        encoding: 'utf8',
        timeout: 80_000,
        env,
      });
    expect(vade(['call', 'company-profile/update', JSON.stringify({ title: 'Vade Test Ticaret A.Ş.', taxId: OWN_VKN })]).status).toBe(0);
    const run = vade(['call', 'imports/efatura', JSON.stringify({ source: { path: path.join(FIXTURES, 'alis.xml') } })]);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'nothing_imported' });
    expect(run.status).toBe(4);
  }, 180_000);
});
