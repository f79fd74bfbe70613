import BetterSqlite3 from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerRows, invoiceRows, turkishCsv, writeFile } from '../../support/import-files';
import { tempDir } from '../../support/temp-dir';

const BIN = path.resolve('bin/vade.mjs');
const ROWS = 60_000;

const vade = (dataDir: string, method: string, args: unknown) =>
  spawnSync(process.execPath, [BIN, 'call', method, JSON.stringify(args), '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an import killed with SIGKILL', () => {
  it('leaves a database that opens, passes integrity_check and holds all of the import or none of it', async () => {
    const dataDir = tempDir();
    const files = tempDir();
    expect(
      vade(dataDir, 'import/commit', {
        source: { path: writeFile(files, 'c.csv', turkishCsv(customerRows(50))) },
        kind: 'customers',
      }).status,
    ).toBe(0);
    const invoices = writeFile(files, 'i.csv', turkishCsv(invoiceRows(ROWS, 50)));
    const backups = path.join(dataDir, 'backups');
    const importBackups = () =>
      fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => /-import-.*\.vade\.sqlite$/.test(f)) : [];
    const before = importBackups().length;

    const child = spawn(
      process.execPath,
      [BIN, 'call', 'import/commit', JSON.stringify({ source: { path: invoices }, kind: 'invoices' }), '--data-dir', dataDir],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // The import backup is taken right before the rows are written: kill it a moment into the writing.
    const deadline = Date.now() + 60_000;
    while (importBackups().length === before && Date.now() < deadline) await sleep(20);
    await sleep(150);
    child.kill('SIGKILL');
    const signal = await exited;

    const db = new BetterSqlite3(path.join(dataDir, 'companies', 'default.vade.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = db.prepare('select count(*) from invoices').pluck().get() as number;
      const summary = db.prepare('select coalesce(sum(count), 0) from invoice_summary').pluck().get() as number;
      expect([0, ROWS]).toContain(count);
      expect(summary).toBe(count); // the kept totals went with the rows, or stayed with none
      if (signal === 'SIGKILL') expect(count).toBe(0); // killed while writing: nothing committed
    } finally {
      db.close();
    }
  }, 120_000);
});
