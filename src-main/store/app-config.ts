import fs from 'node:fs';
import path from 'node:path';
import type { SslMode } from '../../src-shared/domain/companies/server-schemas';

export type BackupSchedule = 'daily' | 'weekly' | 'off';

/** What a backup's last check found, keyed by file name and valid while size and mtime are unchanged. */
export interface StoredCheck {
  size: number;
  mtimeMs: number;
  ok: boolean;
  reason?: string;
  schemaVersion?: number;
  checkedAt: string;
}

/** A company on a PostgreSQL server, as this PC reaches it; the password only sealed by the secret store. */
export interface StoredServer {
  host: string;
  port: number;
  database: string;
  user: string;
  sslmode: SslMode;
  /** The CA certificate file (absent in files written before it could be set: none). */
  sslrootcert?: string | null;
  passwordSecret: string | null;
}

/**
 * Settings of the data folder rather than of one company: which company is open, the companies' names and
 * when each was last opened, the backup settings and the person using this PC. They live beside the companies in `vade-app.json`, not
 * in a company database, so restoring an old backup never moves the backup folder or forgets a password.
 */
export interface AppConfig {
  currentCompany: string;
  companies: Record<string, { name: string | null; lastOpenedAt: string | null }>;
  backup: { folder: string | null; schedule: BackupSchedule; password: string | null };
  /** The last restore, until it is undone: the database it replaced waits at `asideFile`. */
  lastRestore: { company: string; asideFile: string; backupName: string; at: string } | null;
  checks: Record<string, StoredCheck>;
  /** The person using this PC, named on the changes made here (audit log, timeline); null when not set. */
  personName: string | null;
  /** Companies on a PostgreSQL server, by company id (their names are in `companies`). */
  servers: Record<string, StoredServer>;
}

const DEFAULTS: AppConfig = {
  currentCompany: 'default',
  companies: {},
  backup: { folder: null, schedule: 'daily', password: null },
  lastRestore: null,
  checks: {},
  personName: null,
  servers: {},
};

export class AppConfigFile {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'vade-app.json');
  }

  /** The stored settings; a missing or unreadable file reads as the defaults. */
  read(): AppConfig {
    try {
      const stored = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<AppConfig>;
      return { ...DEFAULTS, ...stored, backup: { ...DEFAULTS.backup, ...stored.backup } };
    } catch {
      return structuredClone(DEFAULTS);
    }
  }

  /** Changes the settings and writes them whole under a temporary name, then renames (never half a file). */
  update(change: (config: AppConfig) => void): AppConfig {
    const config = this.read();
    change(config);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const part = `${this.file}.part`;
    fs.writeFileSync(part, JSON.stringify(config, null, 2), { mode: 0o600 });
    fs.renameSync(part, this.file);
    return config;
  }
}
