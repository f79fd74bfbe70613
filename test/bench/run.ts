/**
 * `npm run bench`: figures for the screens' backend calls at realistic sizes, printed as JSON, never asserted.
 * BENCH_CUSTOMERS (default 10,000), BENCH_INVOICES (default 1,000,000) and BENCH_STATEMENTS (default 1,000)
 * change the size; BENCH_IMPORT (default 100,000) the rows of the import case. BENCH_ONLY=import (a comma list of
 * customers, ledger, figures, statements, import, bank) runs only those. The demo ledger is built once per size
 * and kept under the temp folder (`seeded-company.ts`: BENCH_CACHE, BENCH_FRESH=1); each case works on a copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../../src-main/backend';
import { medianMs, seedCustomers } from './customers-bench';
import { importBench } from './import-bench';
import { calendarBench } from './calendar-bench';
import { customerFiguresBench } from './customer-figures-bench';
import { ledgerBench } from './ledger-bench';
import { statementsBench } from './statements-bench';
import { bankQualityBench, bankSpeedBench } from './bank-bench';
import { withSeededCompany } from './seeded-company';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const INVOICES = Number(process.env.BENCH_INVOICES ?? 1_000_000);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !ONLY || ONLY.includes(name);

async function withBackend<T>(work: (backend: Awaited<ReturnType<typeof openBackend>>) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vade-bench-'));
  const backend = await openBackend({ dataDir, mode: 'cli' });
  try {
    return await work(backend);
  } finally {
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const customerFigures = !wanted('customers')
  ? null
  : await withBackend(async (backend) => {
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

const size = { customers: CUSTOMERS, invoices: INVOICES };
const ledgerFigures = wanted('ledger')
  ? await withSeededCompany(size, async (backend, seeded) => ({
      ...(await ledgerBench(backend, seeded)),
      calendarMedianMs: await calendarBench(backend),
    }))
  : null;
const customerListFigures = wanted('figures') ? await withSeededCompany(size, customerFiguresBench) : null;
const statementFigures = wanted('statements')
  ? await withBackend((backend) => statementsBench(backend, Number(process.env.BENCH_STATEMENTS ?? 1000)))
  : null;
const importFigures = wanted('import')
  ? await withBackend((backend) => importBench(backend, Number(process.env.BENCH_IMPORT ?? 100_000)))
  : null;
const bankFigures = wanted('bank')
  ? {
      quality: await withBackend((backend) => bankQualityBench(backend)),
      speed: await withSeededCompany(size, (backend, seeded) => bankSpeedBench(backend, seeded)),
    }
  : null;
console.log(
  JSON.stringify(
    {
      customerList: customerFigures,
      customerListFigures,
      ledger: ledgerFigures,
      statementBatch: statementFigures,
      import: importFigures,
      bank: bankFigures,
    },
    null,
    2,
  ),
);
