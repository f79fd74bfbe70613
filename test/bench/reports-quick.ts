/**
 * A quick side by side of the reports issue 15 named (collections, payment behaviour, the forecast) on the kept
 * ledger of BENCH_CACHE (which must hold one, see `seeded-company.ts`): wall and CPU medians of RUNS calls (7),
 * ONLY=<part of a name> for some. `npx tsx test/bench/reports-quick.ts [sqlite,postgres]`. The calls only read, so
 * SQLite opens the kept folder itself (its pending migrations run once, as in the bench) instead of a 4 GB copy;
 * PostgreSQL works on a template copy of the kept cluster. ANSWERS=<folder> writes each store's answers there
 * (to compare two versions of the code, or the stores).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../src-main/backend';
import { cashForecast } from '../../src-main/features/dashboard/forecast';
import { collectionsReport } from '../../src-main/features/reports/collections-report';
import { paymentBehaviour } from '../../src-main/features/reports/payment-behaviour';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { benchDatabase, stopBenchServer } from './bench-postgres';

const cache = process.env.BENCH_CACHE!;
const dir = path.join(
  cache,
  fs.readdirSync(cache).find((n) => !n.endsWith('-pg'))!,
);
const stores = (process.argv[2] ?? 'sqlite,postgres').split(',');
const runs = Number(process.env.RUNS ?? 7);
const only = process.env.ONLY;

async function measure(store: string) {
  const server = store === 'postgres' ? await benchDatabase(dir) : null;
  const backend = await openBackend({
    dataDir: server ? fs.mkdtempSync(path.join(os.tmpdir(), 'r38-')) : dir,
    mode: 'cli',
    ...(server ? { databaseUrl: server.url } : {}),
  });
  const db = backend.store.db;
  const today = todayLocal();
  const cases: [string, () => Promise<unknown>][] = [
    ['collections 12 months by month', () => collectionsReport(db, { granularity: 'month' }, today)],
    ['collections 3 years by week', () => collectionsReport(db, { granularity: 'week', from: addDays(today, -1095) }, today)],
    ['payment-behaviour', () => paymentBehaviour(db, today)],
    ['forecast 13 weeks', () => cashForecast(db, today, today, 'week', 13)],
    ['forecast 12 months', () => cashForecast(db, today, today, 'month', 12)],
  ];
  const out: Record<string, string> = {};
  const answers: Record<string, unknown> = {};
  for (const [name, work] of cases) {
    if (only && !name.includes(only)) continue;
    answers[name] = await work();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const used = process.cpuUsage();
      const start = performance.now();
      await work();
      wall.push(performance.now() - start);
      const u = process.cpuUsage(used);
      cpu.push((u.user + u.system) / 1000);
    }
    const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(1);
    out[name] = `${med(wall)} ms (cpu ${med(cpu)})`;
  }
  await backend.close();
  await server?.drop();
  if (process.env.ANSWERS) fs.writeFileSync(path.join(process.env.ANSWERS, `answers-${store}.json`), JSON.stringify(answers));
  return out;
}

for (const store of stores)
  console.log(
    store,
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
    await measure(store),
  );
stopBenchServer();
