/**
 * Today alone on the kept ledger (BENCH_CACHE), on each store of BENCH_STORES: `npx tsx test/bench/today-quick.ts`.
 * The three figures of today-bench.ts (after a call, again, after a payment), wall and CPU, with the load average.
 */
import os from 'node:os';
import { stopBenchServer } from './bench-postgres';
import { benchStores } from './bench-stores';
import { withSeededCompany } from './seeded-company';
import { todayBench } from './today-bench';

const size = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
  invoices: Number(process.env.BENCH_INVOICES ?? 1_000_000),
};
for (const store of benchStores()) {
  const figures = await withSeededCompany(
    size,
    (backend, seeded) => todayBench(backend, 1 + Math.floor(seeded.summary.customers / 100)),
    store,
  );
  console.log(JSON.stringify({ store, load: os.loadavg()[0]!.toFixed(1), ...figures }, null, 2));
}
stopBenchServer();
