/**
 * The collection calendar at size: a month of everyone's expected collections as the month grid asks for it
 * (largest 3 per day plus every day's totals), the agenda's first page, one customer's month and one risk
 * segment. Called by run.ts on the seeded ledger; `tsx test/bench/calendar-bench.ts <data dir>` runs it on a
 * COPY of an existing company (e.g. of /work/bench-1m), and without one on a copy of the kept demo ledger
 * (`BENCH_CACHE`, `BENCH_CUSTOMERS`, `BENCH_INVOICES`) on every store of `BENCH_STORES` (e.g. `sqlite,postgres`).
 */
import { pathToFileURL } from 'node:url';
import { openBackend, type Backend } from '../../src-main/backend';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart } from '../../src-shared/dates/months';
import type { MethodInput } from '../../src-shared/contract/methods';
import { medianMs } from './customers-bench';
import { stopBenchServer } from './bench-postgres';
import { benchStores } from './bench-stores';
import { withSeededCompany } from './seeded-company';

export async function calendarBench(backend: Backend): Promise<Record<string, number>> {
  const items = (args: MethodInput<'calendar/items'>) => async () => {
    const result = await backend.dispatch('calendar/items', args);
    if (!result.ok) throw new Error(`calendar/items: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const next = addMonths(monthStart(todayLocal()), 1);
  // The grid of next month: Monday of its first week to six weeks later (what the month view asks for).
  const month = { from: addDays(next, -3), to: addDays(next, 38) };
  const figures: Record<string, number> = {};
  figures['calendar/items month grid, all customers (3 per day + totals)'] = await medianMs(items({ ...month, perDay: 3 }), 9);
  figures['calendar/items agenda first page (500), all customers'] = await medianMs(items({ ...month, limit: 500 }), 9);
  figures['calendar/items month grid, this month'] = await medianMs(
    items({ from: monthStart(todayLocal()), to: monthEnd(todayLocal()), perDay: 3 }),
    9,
  );
  figures['calendar/items month grid, busiest customer'] = await medianMs(items({ ...month, perDay: 3, customerId: 1 }), 9);
  figures['calendar/items month grid, risk D'] = await medianMs(items({ ...month, perDay: 3, segment: 'D' }), 9);
  figures['calendar/items month grid, promises only'] = await medianMs(items({ ...month, perDay: 3, kinds: ['promise'] }), 9);
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dataDir = process.argv[2];
  if (dataDir) {
    const backend = await openBackend({ dataDir, mode: 'cli' });
    try {
      console.log(JSON.stringify(await calendarBench(backend), null, 2));
    } finally {
      await backend.close();
    }
  } else {
    const size = {
      customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
      invoices: Number(process.env.BENCH_INVOICES ?? 1_000_000),
    };
    try {
      for (const store of benchStores())
        console.log(store, JSON.stringify(await withSeededCompany(size, calendarBench, store), null, 2));
    } finally {
      stopBenchServer();
    }
  }
}
