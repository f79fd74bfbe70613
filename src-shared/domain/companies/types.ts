import type { SecretStorageKind } from '../outbox/types';
import type { SslMode } from './server-schemas';

export interface CompanyFile {
  /** The file's stem in the data folder's companies/ (`default`, `deniz-gida`). */
  id: string;
  /** The name the user gave; null for the first company before it is named. */
  name: string | null;
  current: boolean;
  size: number;
  lastOpenedAt: string | null;
  /** A file in the data folder, or a database on a PostgreSQL server (then `server` says where, never the password). */
  location: 'file' | 'server';
  server: { host: string; port: number; database: string; user: string } | null;
}

/** What a copy of a whole company between stores did: both ends, and the figures checked equal at both. */
export interface CompanyCopyReport {
  from: { kind: 'sqlite' | 'postgres'; label: string };
  to: { kind: 'sqlite' | 'postgres'; label: string };
  /** Rows per table, parents first. */
  rows: Record<string, number>;
  /** Money per `table.column` and currency, in minor units. */
  money: Record<string, Record<string, number>>;
  totalRows: number;
  milliseconds: number;
}

/** A copy from the app's windows also names the company it made on this PC (a saved server or a new file). */
export interface CompanyCopyResult extends CompanyCopyReport {
  company?: CompanyFile;
}

/** Where a server company lives and how its TLS is checked: the parts of a connection URL but the password. */
export interface ServerAddress {
  host: string;
  port: number;
  database: string;
  user: string;
  sslmode: SslMode;
  /** A CA certificate file for `verify-full` (and `require`, as libpq reads it); null: the system's CAs. */
  sslrootcert: string | null;
}

/** A saved connection to a server company as the windows see it: never the password, only whether one is kept. */
export interface ServerSettings extends ServerAddress {
  id: string;
  passwordSaved: boolean;
  /** Where the password is kept: the OS keychain (the app), or the data folder's key file (browser mode, CLI). */
  secretStorage: SecretStorageKind;
}

/** Why a server could not be used, each with its own advice on screen. */
export const SERVER_PROBLEMS = [
  'wrong_password',
  'password_required',
  'not_allowed',
  'unknown_host',
  'server_down',
  'timeout',
  'database_missing',
  'tls_refused',
  'tls_untrusted',
  'newer_schema',
  'tls_required',
  'tls_ca_unreadable',
  'other',
] as const;
export type ServerProblem = (typeof SERVER_PROBLEMS)[number];

/** What trying a connection found: a company (its name), an empty database, or the problem in the user's words. */
export type ServerCheck =
  | { ok: true; serverVersion: string; encrypted: boolean; holds: 'company' | 'empty'; companyName: string | null }
  | { ok: false; problem: ServerProblem; message: string; params: Record<string, string | number> };
