/**
 * The demo ledger the benches measure, built once per size and kept: a million invoices take minutes to write, a
 * copy of the kept folder takes seconds. The key holds the size, the day (the demo is dated from today) and a hash
 * of the demo builder, so a change to it builds the file again; a new migration is run once on the kept file when
 * it is next used, as on a user's company.
 * `BENCH_CACHE` names the folder (default `<tmp>/vade-bench-cache`); `BENCH_FRESH=1` ignores what is kept.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openBackend, type Backend } from '../../src-main/backend';
import { buildDemoCompany, type DemoSummary } from '../../src-main/features/demo/demo-company';
import { todayLocal } from '../../src-shared/dates/business-date';
import { benchDatabase } from './bench-postgres';
import type { BenchStore } from './bench-stores';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEMO_CODE = path.join(here, '../../src-main/features/demo');
const CACHE = process.env.BENCH_CACHE ?? path.join(os.tmpdir(), 'vade-bench-cache');

export interface SeededCompany {
  summary: Omit<DemoSummary, 'chequeSteps'>;
  /** How long building it took, when it was built by this run (null when a kept copy was used). */
  seedMs: number | null;
}

function codeHash(): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(DEMO_CODE).sort()) hash.update(name).update(fs.readFileSync(path.join(DEMO_CODE, name)));
  return hash.digest('hex').slice(0, 12);
}

function keptFolder(customers: number, invoices: number): string {
  return path.join(CACHE, `demo-c${customers}-i${invoices}-${todayLocal()}-${codeHash()}`);
}

/** Builds the kept demo of this size unless it is already there; returns its folder and summary. */
async function ensureKept(customers: number, invoices: number): Promise<{ dir: string; seeded: SeededCompany }> {
  const dir = keptFolder(customers, invoices);
  const summaryFile = path.join(dir, 'bench-summary.json');
  if (process.env.BENCH_FRESH !== '1' && fs.existsSync(summaryFile)) {
    await (await openBackend({ dataDir: dir, mode: 'cli' })).close(); // runs migrations added since it was built
    return { dir, seeded: { summary: JSON.parse(fs.readFileSync(summaryFile, 'utf8')), seedMs: null } };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const building = `${dir}.building-${process.pid}`;
  fs.mkdirSync(building, { recursive: true });
  const backend = await openBackend({ dataDir: building, mode: 'cli' });
  const start = performance.now();
  // A page cache that holds the indexes being filled: with the default 2 MB every insert reads index pages back.
  backend.store.raw.pragma('cache_size = -524288');
  const { chequeSteps: _steps, ...summary } = buildDemoCompany(backend.store.raw, {
    customers,
    invoices,
    onProgress: (done, total) => process.stderr.write(`\rseeding the demo company: ${done} / ${total} invoices`),
  });
  process.stderr.write('\n');
  const seedMs = Math.round(performance.now() - start);
  backend.store.raw.pragma('wal_checkpoint(TRUNCATE)');
  await backend.close();
  fs.writeFileSync(path.join(building, 'bench-summary.json'), JSON.stringify(summary));
  fs.renameSync(building, dir);
  return { dir, seeded: { summary, seedMs } };
}

/**
 * Runs `work` on a fresh copy of the demo company of this size (the benches write: payments, refreshes), then
 * removes the copy. On PostgreSQL the copy is a database made from the kept server copy of the same ledger.
 */
export async function withSeededCompany<T>(
  size: { customers: number; invoices: number },
  work: (backend: Backend, seeded: SeededCompany) => Promise<T>,
  store: BenchStore = 'sqlite',
): Promise<T> {
  const { dir, seeded } = await ensureKept(size.customers, size.invoices);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-'));
  const server = store === 'postgres' ? await benchDatabase(dir) : null;
  if (!server) fs.cpSync(dir, dataDir, { recursive: true });
  const backend = await openBackend({ dataDir, mode: 'cli', ...(server ? { databaseUrl: server.url } : {}) });
  try {
    return await work(backend, seeded);
  } finally {
    await backend.close();
    await server?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
