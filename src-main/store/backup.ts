import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** A file-name-safe UTC timestamp: 2026-11-22T20-41-05Z. */
export const fileStamp = (date = new Date()): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');

/**
 * Copies a live database with SQLite's online backup API. A plain file copy of a WAL database can
 * miss committed pages that still sit in the -wal file.
 */
export async function backupDatabase(raw: BetterSqlite3.Database, folder: string, label: string): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const base = path.basename(raw.name).replace(/\.vade\.sqlite$|\.sqlite$/, '');
  const target = path.join(folder, `${base}-${label}-${fileStamp()}.vade.sqlite`);
  const partial = `${target}.partial`;
  await raw.backup(partial);
  fs.renameSync(partial, target); // never leave a half-written backup under the real name
  return target;
}
