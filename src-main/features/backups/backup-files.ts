import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../../src-shared/domain/backups/types';

/** `<company>-<kind>-<UTC stamp>[-n].vade.sqlite|.vade.enc`, as `backupDatabase` names them. */
const NAME =
  /^(.+)-(manual|auto|before-import|before-restore|before-migration-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d+)?\.vade\.(sqlite|enc)$/;

export interface BackupFile {
  name: string;
  path: string;
  company: string;
  kind: BackupKind;
  createdAt: Date;
  encrypted: boolean;
  size: number;
  mtimeMs: number;
}

export function parseBackupName(name: string): Pick<BackupFile, 'company' | 'kind' | 'createdAt' | 'encrypted'> | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, company, label, day, hh, mm, ss, ext] = match;
  return {
    company: company!,
    kind: label!.startsWith('before-migration') ? 'before-migration' : (label as BackupKind),
    createdAt: new Date(`${day}T${hh}:${mm}:${ss}Z`),
    encrypted: ext === 'enc',
  };
}

/** A company's backups in these folders (a missing folder has none), newest first. */
export function listBackupFiles(folders: readonly string[], company: string): BackupFile[] {
  const found = new Map<string, BackupFile>();
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed || parsed.company !== company || found.has(name)) continue;
      const full = path.join(folder, name);
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (stat?.isFile()) found.set(name, { name, path: full, ...parsed, size: stat.size, mtimeMs: stat.mtimeMs });
    }
  }
  return [...found.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
}
