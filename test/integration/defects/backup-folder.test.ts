import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import type { DocumentHost } from '../../../src-main/documents/document-host';
import { exportsFolderHost } from '../../../src-main/documents/document-host';
import { tempDir } from '../../support/temp-dir';
import { call, refused, testBackend } from '../../support/test-backend';

const opened: Backend[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

/** The window's backend (browser bridge or Electron IPC), with a host whose folder dialog answers `picked`. */
async function windowBackend(picked: string | null) {
  const dataDir = tempDir();
  const host: DocumentHost = { ...exportsFolderHost(dataDir), openFolder: async () => picked };
  const b = await openBackend({ dataDir, mode: 'browser', documentHost: host, reminderScheduler: false, outboxSender: false });
  opened.push(b);
  return b;
}

describe('backups/settings: where full database copies go', () => {
  it('does not take a folder path from a window: only the system dialog (or the CLI) names it', async () => {
    const elsewhere = path.join(tempDir(), 'anywhere');
    const b = await windowBackend(elsewhere);
    const error = await refused(b, 'backups/settings', { folder: elsewhere });
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['folder', 'backups.validation.folderCliOnly']]);
    expect(fs.existsSync(elsewhere)).toBe(false);

    const chosen = await call(b, 'backups/settings', { chooseFolder: true });
    expect(chosen.folder).toBe(elsewhere);
    expect(fs.statSync(elsewhere).isDirectory()).toBe(true);
    // Back to the data folder's backups/ is always allowed.
    expect((await call(b, 'backups/settings', { folder: null })).folder).toBe(chosen.defaultFolder);
  });

  it('keeps the folder when the dialog is cancelled (or there is none, in a browser)', async () => {
    const b = await windowBackend(null);
    const before = await call(b, 'backups/status', {});
    expect((await call(b, 'backups/settings', { chooseFolder: true })).folder).toBe(before.folder);
  });

  it('answers a folder that cannot be made with a typed error at once, never a hang', async () => {
    const b = await testBackend();
    const fileInTheWay = path.join(tempDir(), 'a-file');
    fs.writeFileSync(fileInTheWay, 'x');
    for (const folder of ['/proc/vade-backups/nested', path.join(fileInTheWay, 'backups'), fileInTheWay]) {
      const started = Date.now();
      const error = await refused(b, 'backups/settings', { folder });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error.kind).toBe('validation');
      expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['folder', 'backups.error.folder']]);
    }
    const fine = path.join(tempDir(), 'yedek', 'vade');
    expect((await call(b, 'backups/settings', { folder: fine })).folder).toBe(fine);
    expect((await call(b, 'backups/create', {})).name).toMatch(/\.vade\.sqlite$/);
  });
});
