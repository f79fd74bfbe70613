import fs from 'node:fs';
import path from 'node:path';
import { isDatabaseUrl } from '../database-url';
import { openServerStore, openStoreFile, type Store } from '../open-store';
import { CopyError, copyCompany, type CopyEnd, type CopyOptions, type CopyReport } from './copy-company';

/** Where a company lives: a `postgres://` URL, or the path of a company file (`….vade.sqlite`, a backup copy). */
export type CompanyLocation = string;

export interface LocationOptions extends CopyOptions {
  /** The data folder (a SQLite end's migration backups go to its backups folder). */
  dataDir: string;
  nativeBinding?: string | undefined;
}

/**
 * Opens both ends (each migrated to this Vade's schema), copies, closes. A target file this copy created is removed
 * again when the copy fails, so a refused copy leaves nothing behind.
 */
export async function copyCompanyBetween(
  from: CompanyLocation | CopyEnd,
  to: CompanyLocation,
  options: LocationOptions,
): Promise<CopyReport> {
  if (typeof from === 'string' && !isDatabaseUrl(from) && !fs.existsSync(path.resolve(from))) {
    throw new CopyError('source_missing', `There is no company file at ${path.resolve(from)}.`, { file: path.resolve(from) });
  }
  // The open company (the app's own) is copied on its own connection and stays open.
  const source =
    typeof from === 'string' ? await openLocation(from, options) : { db: from.db, file: from.label, close: async () => {} };
  const newFile = isDatabaseUrl(to) ? null : path.resolve(to);
  const created = newFile !== null && !fs.existsSync(newFile);
  let failed = false;
  try {
    const target = await openLocation(to, options);
    try {
      return await copyCompany({ db: source.db, label: source.file }, { db: target.db, label: target.file }, options);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
    if (failed && created) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${newFile}${suffix}`, { force: true });
  }
}

export function openLocation(location: CompanyLocation, options: LocationOptions): Promise<Store> {
  return isDatabaseUrl(location)
    ? openServerStore(location.trim(), options.dataDir)
    : openStoreFile(path.resolve(location), options.dataDir, { nativeBinding: options.nativeBinding });
}
