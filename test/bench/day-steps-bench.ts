/**
 * The day steps alone on the seeded demo company, on each store (`npx tsx test/bench/day-steps-bench.ts`, with
 * BENCH_CACHE / BENCH_STORES / BENCH_CUSTOMERS / BENCH_INVOICES as `npm run bench`): everyone's risk segments and
 * customer figures worked out again as on the first read of a day (markers cleared), first run and median of 3,
 * wall and this process's CPU; then the first customers/list after the scheduler's daily refresh ran.
 */
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import { customerFiguresRefresher } from '../../src-main/features/customers/customer-figures';
import { riskSegmentsRefresher } from '../../src-main/features/reports/risk-store';
import { benchStores } from './bench-stores';
import { stopBenchServer } from './bench-postgres';
import { withSeededCompany } from './seeded-company';

const MARKERS = { risk: 'riskRefreshedOn', figures: 'customer_figures.day' } as const;

async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const used = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(used);
  return { wall: Number(wall.toFixed(1)), cpu: Number(((user + system) / 1000).toFixed(1)) };
}

async function daySteps(backend: Backend): Promise<Record<string, unknown>> {
  const db = () => backend.store.db;
  const now = () => new Date();
  const step = (kind: keyof typeof MARKERS) => async () => {
    await db().deleteFrom('settings').where('key', '=', MARKERS[kind]).execute();
    const refresher = kind === 'risk' ? riskSegmentsRefresher : customerFiguresRefresher;
    await db()
      .transaction()
      .execute((trx) => refresher({ db: trx, now }));
  };
  const out: Record<string, unknown> = {};
  for (const kind of ['risk', 'figures'] as const) {
    out[`${kind} first run`] = await timed(step(kind));
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(step(kind)));
    runs.sort((a, b) => a.wall - b.wall);
    out[`${kind} median of 3`] = runs[1];
  }
  await db().deleteFrom('settings').where('key', 'in', Object.values(MARKERS)).execute();
  out['the daily refresh (scheduler)'] = await timed(() => backend.refreshDerived());
  out['first customers/list after it'] = await timed(() => backend.dispatch('customers/list', { limit: 100 }));
  return out;
}

const size = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
  invoices: Number(process.env.BENCH_INVOICES ?? 1_000_000),
};
const results: Record<string, unknown> = {};
for (const store of benchStores()) results[store] = await withSeededCompany(size, (backend) => daySteps(backend), store);
stopBenchServer();
console.log(JSON.stringify({ load: (await import('node:os')).loadavg(), ...results }, null, 2));
