/**
 * `npm run bench`: figures for the screens' backend calls at realistic sizes, never asserted. Each part runs on
 * every store of BENCH_STORES (`sqlite,postgres`; both by default when PostgreSQL is installed, see
 * `bench-stores.ts`); the figures are printed as JSON per store, then as one table: call, SQLite ms, PostgreSQL ms,
 * ratio. BENCH_CUSTOMERS (default 10,000), BENCH_INVOICES (default 1,000,000) and BENCH_STATEMENTS (default 1,000)
 * change the size; BENCH_IMPORT (default 100,000) the rows of the import case. BENCH_ONLY=import (a comma list of
 * customers, ledger, figures, screens, statements, import, bank) runs only those. The demo ledger is built once per size
 * and kept under the temp folder (`seeded-company.ts`: BENCH_CACHE, BENCH_FRESH=1), its PostgreSQL copy beside it
 * (`bench-postgres.ts`); each case works on a copy.
 */
import os from 'node:os';
import { medianMs, seedCustomers } from './customers-bench';
import { importBench } from './import-bench';
import { calendarBench } from './calendar-bench';
import { customerFiguresBench } from './customer-figures-bench';
import { ledgerBench } from './ledger-bench';
import { screensBench } from './screens-bench';
import { statementsBench } from './statements-bench';
import { bankQualityBench, bankSpeedBench } from './bank-bench';
import { withSeededCompany } from './seeded-company';
import { stopBenchServer } from './bench-postgres';
import { benchStores, withEmptyCompany, type BenchStore } from './bench-stores';
import { sideBySide } from './side-by-side';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !ONLY || ONLY.includes(name);
const size = { customers: CUSTOMERS, invoices: INVOICES };

async function customersPart(store: BenchStore) {
  return withEmptyCompany(store, async (backend) => {
    const start = performance.now();
    await seedCustomers(backend, CUSTOMERS);
    const seedMs = Math.round(performance.now() - start);
    const list = (args: Record<string, unknown>) => async () => {
      const result = await backend.dispatch('customers/list', args);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as { nextCursor: string };
    };
    const first = await list({ limit: 100 })();
    const cases: [string, () => Promise<unknown>][] = [
      ['customers/list first page (100, by title)', list({ limit: 100 })],
      ['customers/list next page via cursor', list({ limit: 100, cursor: first.nextCursor })],
      ['customers/list search "istanbul"', list({ search: 'istanbul', limit: 100 })],
      ['customers/list search phone digits', list({ search: '5321000', limit: 100 })],
      ['customers/list search with no match', list({ search: 'zzzz-yok', limit: 100 })],
      ['customers/get by code', async () => backend.dispatch('customers/get', { code: 'C05000' })],
    ];
    const medians: Record<string, number> = {};
    for (const [name, work] of cases) medians[name] = Number((await medianMs(work)).toFixed(2));
    return { customers: CUSTOMERS, seedMs, medianMs: medians };
  });
}

const parts: [string, (store: BenchStore) => Promise<unknown>][] = [
  ['customers', customersPart],
  [
    'ledger',
    (store) =>
      withSeededCompany(
        size,
        async (backend, seeded) => ({ ...(await ledgerBench(backend, seeded)), calendarMedianMs: await calendarBench(backend) }),
        store,
      ),
  ],
  ['figures', (store) => withSeededCompany(size, customerFiguresBench, store)],
  ['screens', (store) => withSeededCompany(size, screensBench, store)],
  ['statements', (store) => withEmptyCompany(store, (b) => statementsBench(b, Number(process.env.BENCH_STATEMENTS ?? 1000)))],
  ['import', (store) => withEmptyCompany(store, (b) => importBench(b, Number(process.env.BENCH_IMPORT ?? 100_000)))],
  [
    'bank',
    async (store) => ({
      quality: await withEmptyCompany(store, (backend) => bankQualityBench(backend)),
      speed: await withSeededCompany(size, (backend, seeded) => bankSpeedBench(backend, seeded), store),
    }),
  ],
];

const stores = benchStores();
const results: Record<string, Record<string, unknown>> = Object.fromEntries(stores.map((store) => [store, {}]));
try {
  for (const [name, part] of parts) {
    if (!wanted(name)) continue;
    for (const store of stores) {
      process.stderr.write(`bench: ${name} on ${store}\n`);
      results[store]![name] = await part(store);
    }
  }
} finally {
  stopBenchServer();
}
console.log(JSON.stringify(results, null, 2));
console.log(`\n${sideBySide(results)}`);
console.log(
  `\nload average at the end: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
