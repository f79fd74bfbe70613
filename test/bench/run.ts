/**
 * `npm run bench`: figures for the screens' backend calls at realistic sizes, printed, never asserted.
 * Run with BENCH_CUSTOMERS=N to change the size (default 10,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../src-main/backend';
import { medianMs, seedCustomers } from './customers-bench';

const COUNT = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-'));
const backend = await openBackend({ dataDir, mode: 'cli' });

try {
  const seedStart = performance.now();
  await seedCustomers(backend, COUNT);
  console.log(`seed ${COUNT} customers: ${(performance.now() - seedStart).toFixed(0)} ms`);

  const list = (args: Record<string, unknown>) => async () => {
    const result = await backend.dispatch('customers/list', args);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };
  const firstPage = (await list({ limit: 100 })()) as { nextCursor: string };
  const cases: [string, () => Promise<unknown>][] = [
    ['customers/list first page (100, by title)', list({ limit: 100 })],
    ['customers/list next page via cursor', list({ limit: 100, cursor: firstPage.nextCursor })],
    ['customers/list search "istanbul" (Turkish fold)', list({ search: 'istanbul', limit: 100 })],
    ['customers/list search phone digits', list({ search: '5321000', limit: 100 })],
    ['customers/list search with no match', list({ search: 'zzzz-yok', limit: 100 })],
    ['customers/list by code, tag filter', list({ sort: 'code', tag: 'toptan', limit: 100 })],
    [
      'customers/get by code',
      async () => backend.dispatch('customers/get', { code: `C${String(Math.floor(COUNT / 2)).padStart(5, '0')}` }),
    ],
  ];
  console.log(`\nmedian of 15 runs at ${COUNT} customers:`);
  for (const [name, work] of cases) console.log(`  ${name.padEnd(52)} ${(await medianMs(work)).toFixed(2)} ms`);
} finally {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
