import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Backend } from '../../src-main/backend';
import { refreshEveryonesFigures } from '../../src-main/features/customers/customer-figures';
import { todayLocal } from '../../src-shared/dates/business-date';
import { medianMs } from './customers-bench';
import type { SeededCompany } from './seeded-company';
import { callsOf, todayBench } from './today-bench';

/** Statements sent to a server since the bench module loaded (every Kysely query is one `Client.query`). */
let statements = 0;
/** BENCH_SHOW_STATEMENTS=1 prints the statements of each measured call's last run (what a statement log shows). */
const shown: string[] | null = process.env.BENCH_SHOW_STATEMENTS === '1' ? [] : null;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  statements++;
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
  shown?.push(String(text).replace(/\s+/g, ' ').slice(0, 160));
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

/**
 * The screens issue 15 still had above 50 ms on a server, and the cheap calls with a high server ratio, on the demo
 * ledger (`BENCH_ONLY=screens`): Today, the dashboard's segments, the customer list's slowest page, the card and the
 * timeline; beside each the statements one call sends to a server (`…: round trips`, 0 on SQLite).
 */
export async function screensBench(backend: Backend, seeded: SeededCompany): Promise<Record<string, unknown>> {
  const { customers } = seeded.summary;
  const busy = 1 + Math.floor(customers / 100);
  const today = todayLocal();
  const run = callsOf(backend);
  // The day's steps first (figures, risk), as the app's daily refresh does when the company opens.
  await refreshEveryonesFigures(backend.store.db, today);
  await run('customers/list', { limit: 100 })();

  const figures: Record<string, number> = {};
  const roundTrips: Record<string, number> = {};
  const measure = async (name: string, work: () => Promise<unknown>, runs = 9) => {
    figures[name] = await medianMs(work, runs);
    const before = statements;
    shown?.splice(0);
    await work();
    roundTrips[name] = statements - before;
    if (shown) process.stderr.write(`\n${name}:\n  ${shown.join('\n  ')}\n`);
  };
  await measure('customer card (get + account + first invoices)', async () => {
    await run('customers/get', { id: busy })();
    await run('customers/account', { id: busy })();
    await run('invoices/list', { customerId: busy, limit: 50 })();
  });
  await measure('customer card collections (risk + disputes + promises)', async () => {
    await run('customers/risk', { id: busy })();
    await run('disputes/list', { customerId: busy })();
    await run('promises/list', { customerId: busy })();
  });
  await measure('customers/timeline first page', run('customers/timeline', { id: busy, limit: 30 }));
  await measure('customers/list filter USD overdue only, by overdue', () =>
    run('customers/list', { currency: 'USD', overdueOnly: true, sort: 'overdue', limit: 200 })(),
  );
  await measure('customers/list filter overdue only, by oldest overdue', () =>
    run('customers/list', { overdueOnly: true, sort: 'oldest_overdue', limit: 200 })(),
  );
  await measure('customers/list first page by overdue TRY', () => run('customers/list', { sort: 'overdue', limit: 200 })());
  // The segments' first call after a ledger change (each run after a payment, which ends the memo), then again.
  let amount = 20_000;
  const segmentsTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    await run('payments/record', { customerId: busy + 20 + i, date: today, amount: amount++, method: 'cash' })();
    const start = performance.now();
    await run('dashboard/segments', {})();
    segmentsTimes.push(performance.now() - start);
  }
  figures['dashboard/segments first call after a payment'] = segmentsTimes.sort((a, b) => a - b)[2]!;
  await measure('dashboard/segments again', run('dashboard/segments', {}));
  Object.assign(figures, await todayBench(backend, busy));
  await measure('today/list first page again (round trips)', run('today/list', { limit: 100 }), 1);
  const paid = statements;
  await run('payments/record', { customerId: busy + 40, date: today, amount: 30_000, method: 'cash' })();
  roundTrips['payments/record'] = statements - paid;
  const after = statements;
  shown?.splice(0);
  await run('today/list', { limit: 100 })();
  roundTrips['today/list first page after a payment'] = statements - after;
  if (shown) process.stderr.write(`\ntoday/list after a payment:\n  ${shown.join('\n  ')}\n`);
  delete figures['today/list first page again (round trips)'];
  return {
    medianMs: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))])),
    roundTrips,
  };
}
