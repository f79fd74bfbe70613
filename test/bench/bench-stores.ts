/**
 * Which stores the bench measures: `BENCH_STORES=sqlite,postgres` (a comma list); by default both when the
 * PostgreSQL server binaries are installed, SQLite alone (and said so) when they are not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../src-main/backend';
import { benchDatabase, postgresInstalled } from './bench-postgres';

export type BenchStore = 'sqlite' | 'postgres';

export function benchStores(): BenchStore[] {
  const asked = process.env.BENCH_STORES?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (asked) {
    const unknown = asked.filter((s) => s !== 'sqlite' && s !== 'postgres');
    if (unknown.length > 0) throw new Error(`BENCH_STORES: unknown store ${unknown.join(', ')} (sqlite, postgres)`);
    if (asked.includes('postgres') && !postgresInstalled()) {
      throw new Error('BENCH_STORES asks for postgres, but PostgreSQL is not installed (apt-get install postgresql)');
    }
    return asked as BenchStore[];
  }
  if (postgresInstalled()) return ['sqlite', 'postgres'];
  process.stderr.write(
    'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin): measuring SQLite only (apt-get install postgresql)\n',
  );
  return ['sqlite'];
}

/** Runs `work` on a new, empty company on `store` (a temp data folder, or a new database on the bench server). */
export async function withEmptyCompany<T>(store: BenchStore, work: (backend: Backend) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-'));
  const server = store === 'postgres' ? await benchDatabase(null) : null;
  const backend = await openBackend({ dataDir, mode: 'cli', ...(server ? { databaseUrl: server.url } : {}) });
  try {
    return await work(backend);
  } finally {
    await backend.close();
    await server?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
