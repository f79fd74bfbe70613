import fs from 'node:fs';
import os from 'node:os';
import { selfContained } from '../backup';
import type { AnyDb } from '../dialect/kind';
import { openStoreFile } from '../open-store';
import { copyCompany, type CopyReport } from './copy-company';
import { freshCompanyImage } from './fresh-company-image';

/**
 * The backup of a company on a server, in the app's own logical form: a new SQLite company file holding every
 * table's rows (the copy of `copyCompany`, read in one repeatable-read snapshot while the office keeps working),
 * so the same checks, encryption, list and restore serve both stores, and no pg_dump is needed on the PC.
 */
export async function copyServerToFile(server: AnyDb, label: string, file: string): Promise<CopyReport> {
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, await freshCompanyImage());
  const copy = await openStoreFile(file, os.tmpdir());
  let report: CopyReport;
  try {
    report = await copyCompany({ db: server, label }, { db: copy.db, label: file });
  } finally {
    await copy.close();
  }
  selfContained(file);
  return report;
}

/**
 * Puts a checked backup file's company in place of the server company's rows, in one transaction on the server:
 * the other PCs see the company as it was until the commit, then as restored; a failure changes nothing.
 */
export async function restoreFileToServer(file: string, server: AnyDb, label: string): Promise<CopyReport> {
  const backup = await openStoreFile(file, os.tmpdir());
  try {
    return await copyCompany({ db: backup.db, label: file }, { db: server, label }, { replace: true });
  } finally {
    await backup.close();
  }
}
