import { copyDatabase } from '../backup';
import type { StoreConnection } from '../connection';
import { copyServerToFile } from './server-backup';

/**
 * The open company as one self-contained SQLite company file at `target`, on either store: SQLite's online backup
 * of a company file, the row copy of a server company (what its backups hold). Any SQLite tool opens it, and Vade
 * takes it in as a company of its own (`companies/import-file`).
 */
export async function copyToCompanyFile(
  store: Pick<StoreConnection, 'kind' | 'db' | 'file' | 'raw'>,
  target: string,
): Promise<void> {
  if (store.kind === 'postgres') await copyServerToFile(store.db, store.file, target);
  else await copyDatabase(store.raw, target);
}
