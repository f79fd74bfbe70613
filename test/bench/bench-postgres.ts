/**
 * The PostgreSQL side of the bench: one server per run, holding a copy of each kept SQLite demo ledger made by the
 * app's own store copy (`copyCompanyBetween`, which also refreshes the planner's statistics, as a user's copy does).
 * The copy is kept beside the SQLite folder (`<its name>-pg/`, a cluster data folder keyed like it) so later runs
 * do not copy again; each bench part works on a `CREATE DATABASE … TEMPLATE` copy of it (file copy: seconds), dropped
 * after. The server is stopped when the bench ends (`stopBenchServer`), the folder stays.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { copyCompanyBetween } from '../../src-main/store/copy/copy-locations';
import { postgresBinDir, startPgCluster, type PgCluster } from '../support/pg-cluster';

/** What the copy of a kept ledger took (written once, beside the kept cluster). */
export interface KeptCopy {
  copyMs: number;
  totalRows: number;
  loadAverage: number[];
  day: string;
}

/** The memory a small office's server would give PostgreSQL (the defaults suit a 1990s machine). */
const SERVER_SETTINGS = ['shared_buffers=512MB', 'work_mem=16MB', 'effective_cache_size=4GB'];
const KEPT_DATABASE = 'vade_bench';
const COPY_FILE = 'bench-copy.json';

let server: { cluster: PgCluster; admin: pg.Client; keptDir: string | null } | null = null;
let made = 0;

export const postgresInstalled = (): boolean => postgresBinDir() !== null;

/**
 * The bench server: for a kept SQLite folder the one holding its PostgreSQL copy (copied the first time), for an
 * empty company whichever runs already (or a throwaway one). Started once per run.
 */
async function serverFor(sqliteDir: string | null): Promise<{ cluster: PgCluster; admin: pg.Client; copy: KeptCopy | null }> {
  const keptDir = sqliteDir === null ? null : `${sqliteDir}-pg`;
  if (server && keptDir !== null && server.keptDir !== keptDir) stopBenchServer(); // another size: another copy
  const copyFile = keptDir === null ? null : path.join(keptDir, COPY_FILE);
  if (!server) {
    if (keptDir && !fs.existsSync(copyFile!)) fs.rmSync(keptDir, { recursive: true, force: true }); // unfinished
    const cluster = await startPgCluster({ ...(keptDir ? { keptDir } : {}), settings: SERVER_SETTINGS });
    process.once('exit', () => cluster.stop());
    const admin = new pg.Client(`${cluster.baseUrl}postgres`);
    await admin.connect();
    server = { cluster, admin, keptDir };
    // Parts of a run that was stopped midway: each holds a copy of the ledger.
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'vade_bench_part_%'",
    );
    for (const { datname } of rows) await admin.query(`drop database ${datname} with (force)`);
  }
  if (sqliteDir && copyFile && !fs.existsSync(copyFile)) await copyKept(sqliteDir, copyFile);
  const copy = copyFile ? (JSON.parse(fs.readFileSync(copyFile, 'utf8')) as KeptCopy) : null;
  return { cluster: server.cluster, admin: server.admin, copy };
}

async function copyKept(sqliteDir: string, copyFile: string): Promise<void> {
  const { cluster, admin } = server!;
  await admin.query(`create database ${KEPT_DATABASE}`);
  const file = path.join(sqliteDir, 'companies', 'default.vade.sqlite');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-copy-'));
  const start = performance.now();
  try {
    const report = await copyCompanyBetween(file, `${cluster.baseUrl}${KEPT_DATABASE}`, {
      dataDir: scratch,
      onProgress: (table, copied, total) => process.stderr.write(`\rcopying to PostgreSQL: ${table} ${copied} / ${total}      `),
    });
    process.stderr.write('\n');
    const copy: KeptCopy = {
      copyMs: Math.round(performance.now() - start),
      totalRows: report.totalRows,
      loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
      day: new Date().toISOString(),
    };
    fs.writeFileSync(copyFile, JSON.stringify(copy));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A database of its own on the bench server for one part: a copy of the kept ledger of `sqliteDir`, or (null) an
 * empty company; `drop` removes it after its backend closed.
 */
export async function benchDatabase(
  sqliteDir: string | null,
): Promise<{ url: string; copy: KeptCopy | null; drop: () => Promise<void> }> {
  const { cluster, admin, copy } = await serverFor(sqliteDir);
  const name = `vade_bench_part_${process.pid}_${made++}`;
  await admin.query(
    sqliteDir === null ? `create database ${name}` : `create database ${name} template ${KEPT_DATABASE} strategy file_copy`,
  );
  return {
    url: `${cluster.baseUrl}${name}`,
    copy,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Stops the bench server (its kept copy stays on disk for the next run). */
export function stopBenchServer(): void {
  if (!server) return;
  const { cluster, admin } = server;
  server = null;
  void admin.end().catch(() => {});
  cluster.stop();
}
