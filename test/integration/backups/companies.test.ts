import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/backend';
import { companyDatabaseFile } from '../../../src-main/store/data-dir';
import { call, refused, testBackend } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';

describe('company files', () => {
  it('creates, switches, renames and remembers the open company across restarts', async () => {
    const dataDir = tempDir();
    const b = await openBackend({ dataDir, mode: 'cli' });
    await call(b, 'customers/create', { title: 'Eski Şirketin Carisi' });
    const events: string[] = [];
    b.events.subscribe((e) => events.push(e.type));

    const created = await call(b, 'companies/create', { name: 'Güneş Ticaret A.Ş.' });
    expect(created).toMatchObject({ id: 'gunes-ticaret-a-s', name: 'Güneş Ticaret A.Ş.', current: true });
    expect(events).toContain('store/replaced');
    expect(b.store.file).toBe(companyDatabaseFile(dataDir, 'gunes-ticaret-a-s'));
    expect((await call(b, 'customers/list', {})).total).toBe(0);
    await call(b, 'customers/create', { title: 'Yeni Şirketin Carisi' });

    const second = await call(b, 'companies/create', { name: 'Güneş Ticaret A.Ş.' });
    expect(second.id).toBe('gunes-ticaret-a-s-2');
    await call(b, 'companies/open', { id: 'gunes-ticaret-a-s' });
    expect((await call(b, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Yeni Şirketin Carisi']);
    await call(b, 'companies/rename', { id: 'default', name: 'İlk Şirket' });
    const list = await call(b, 'companies/list', {});
    expect(list.map((c) => [c.id, c.name, c.current])).toEqual([
      ['gunes-ticaret-a-s', 'Güneş Ticaret A.Ş.', true],
      ['gunes-ticaret-a-s-2', 'Güneş Ticaret A.Ş.', false],
      ['default', 'İlk Şirket', false],
    ]);
    expect((await refused(b, 'companies/open', { id: 'yok' })).kind).toBe('not_found');
    expect((await refused(b, 'companies/create', { name: ' ' })).kind).toBe('validation');
    await b.close();

    const again = await openBackend({ dataDir, mode: 'cli' });
    try {
      expect(again.info.databaseFile).toBe(companyDatabaseFile(dataDir, 'gunes-ticaret-a-s'));
      expect((await call(again, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Yeni Şirketin Carisi']);
      await call(again, 'companies/open', { id: 'default' });
      expect((await call(again, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Eski Şirketin Carisi']);
    } finally {
      await again.close();
    }
  });

  it("copies a colleague's encrypted backup in as a new company after checking it", async () => {
    const colleague = await testBackend();
    await call(colleague, 'customers/create', { title: 'Meslektaşın Carisi' });
    await call(colleague, 'backups/settings', { password: 'ortak-parola-1' });
    const backup = await call(colleague, 'backups/create', {});
    const file = path.join(colleague.dataDir, 'backups', backup.name);

    const b = await testBackend();
    const wrong = await refused(b, 'companies/import-file', { name: 'Meslektaş', path: file, password: 'yanlış-parola' });
    expect(wrong.message).toContain('Parola yanlış');
    expect((await call(b, 'companies/list', {})).map((c) => c.id)).toEqual(['default']);

    const imported = await call(b, 'companies/import-file', { name: 'Meslektaş', path: file, password: 'ortak-parola-1' });
    expect(imported).toMatchObject({ id: 'meslektas', current: true });
    expect((await call(b, 'customers/list', {})).items.map((c) => c.title)).toEqual(['Meslektaşın Carisi']);
    expect(fs.existsSync(companyDatabaseFile(b.dataDir, 'meslektas'))).toBe(true);
  });
});
