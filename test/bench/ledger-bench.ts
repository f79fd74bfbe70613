import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Backend } from '../../src-main/backend';
import { cashForecast } from '../../src-main/features/dashboard/forecast';
import { dashboardKpis } from '../../src-main/features/dashboard/kpis';
import { currentAgingSql } from '../../src-main/features/reports/aging-query';
import { collectionsReport } from '../../src-main/features/reports/collections-report';
import { paymentBehaviour } from '../../src-main/features/reports/payment-behaviour';
import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { bucketDueRange } from '../../src-shared/domain/reports/aging-buckets';
import type { MethodInput, MethodName, MethodOutput } from '../../src-shared/contract/methods';
import { backtestWhenReady } from '../support/backtest-ready';
import { medianMs } from './customers-bench';
import { todayBench } from './today-bench';
import type { SeededCompany } from './seeded-company';

const hasSqliteCli = (): boolean => {
  try {
    execFileSync('sqlite3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** A compiled Kysely query with its parameters written in, for the sqlite3 command-line tool. */
function inlineSql(compiled: { sql: string; parameters: readonly unknown[] }): string {
  let i = 0;
  return compiled.sql.replace(/\?/g, () => {
    const value = compiled.parameters[i++];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
}

/** Median wall time of the sqlite3 CLI running the SQL, minus its start-up (an empty query). */
function sqliteCliMs(file: string, sqlText: string, runs = 7): number {
  const time = (text: string) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      execFileSync('sqlite3', ['-readonly', file, text], { stdio: ['ignore', 'ignore', 'inherit'] });
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  return time(sqlText) - time('select 1;');
}

/** The screens' calls on the seeded demo company (`seeded-company.ts`). */
export async function ledgerBench(backend: Backend, seeded: SeededCompany): Promise<Record<string, unknown>> {
  const { summary, seedMs } = seeded;
  const { customers, invoices } = summary;

  const run =
    <N extends MethodName>(method: N, args: MethodInput<N>) =>
    async () => {
      const result = await backend.dispatch(method, args);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value as MethodOutput<N>;
    };
  const busy = 1 + Math.floor(customers / 100); // a customer with many invoices (the demo skews towards low ids)
  const figures: Record<string, number> = {};
  figures['reports/aging (all customers)'] = await medianMs(run('reports/aging', {}), 9);
  figures['customer card (get + account + first invoices)'] = await medianMs(async () => {
    await run('customers/get', { id: busy })();
    await run('customers/account', { id: busy })();
    await run('invoices/list', { customerId: busy, limit: 50 })();
  });
  // What the card's header and tabs add: risk and open disputes always, the timeline and payments when opened.
  // Customer 1 is the busiest of the demo (about 1 % of all invoices).
  for (const [who, id] of [
    ['', busy],
    [' (busiest customer)', 1],
  ] as const) {
    figures[`customer card collections (risk + disputes + promises)${who}`] = await medianMs(async () => {
      await run('customers/risk', { id })();
      await run('disputes/list', { customerId: id })();
      await run('promises/list', { customerId: id })();
    });
    figures[`customers/timeline first page${who}`] = await medianMs(run('customers/timeline', { id, limit: 30 }));
    figures[`payments/list first page of a customer${who}`] = await medianMs(run('payments/list', { customerId: id, limit: 20 }));
  }
  figures['invoices/list first page, overdue TRY'] = await medianMs(
    run('invoices/list', { status: 'overdue', currency: 'TRY', limit: 100 }),
  );
  figures['invoices/list first page, no filter'] = await medianMs(run('invoices/list', { limit: 100 }));
  figures['invoices/totals, no filter'] = await medianMs(run('invoices/totals', {}), 5);
  figures['invoices/totals, overdue TRY'] = await medianMs(run('invoices/totals', { status: 'overdue', currency: 'TRY' }), 5);
  figures['invoices/totals, open only USD'] = await medianMs(run('invoices/totals', { openOnly: true, currency: 'USD' }), 5);
  figures['invoices/totals, one customer'] = await medianMs(run('invoices/totals', { customerId: busy }), 5);
  const bucket = { openOn: todayLocal(), currency: 'TRY' as const, ...bucketDueRange(todayLocal(), [30, 60, 90, 120], 2) };
  figures['aging drill-down: invoices/list first page, 31–60 TRY'] = await medianMs(
    run('invoices/list', { ...bucket, sort: 'due_asc', limit: 200 }),
  );
  figures['aging drill-down: invoices/totals, 31–60 TRY'] = await medianMs(run('invoices/totals', bucket), 5);
  figures['reports/aging every row (the Reports screen)'] = await medianMs(run('reports/aging', { limit: 50_000 }), 5);
  figures['reports/collections 12 months by month'] = await medianMs(
    () => collectionsReport(backend.store.db, { granularity: 'month' }, todayLocal()),
    5,
  );
  figures['reports/collections 3 years by week'] = await medianMs(
    () => collectionsReport(backend.store.db, { granularity: 'week', from: addDays(todayLocal(), -1095) }, todayLocal()),
    5,
  );
  figures['reports/payment-behaviour computed'] = await medianMs(() => paymentBehaviour(backend.store.db, todayLocal()), 5);
  figures['invoices/list text search "anadolu"'] = await medianMs(run('invoices/list', { search: 'anadolu', limit: 100 }));
  figures['invoices/list number prefix'] = await medianMs(run('invoices/list', { search: 'dmo2025000001', limit: 100 }));
  figures['audit/list first page'] = await medianMs(run('audit/list', { limit: 50 }));
  // The first customer list of a day computes every customer's risk segment once (a bulk load wrote none).
  const refreshStart = performance.now();
  await run('customers/list', { limit: 100 })();
  figures['daily risk refresh of every customer (first customers/list of the day)'] = performance.now() - refreshStart;
  figures['customers/list first page with risk segments'] = await medianMs(run('customers/list', { limit: 100 }));
  figures['customers/list filtered to risk D'] = await medianMs(run('customers/list', { risk: 'D', limit: 100 }));
  // Computed: what the first visit after a ledger change costs; again: a visit with nothing changed since.
  const today = todayLocal();
  figures['dashboard/kpis computed'] = await medianMs(() => dashboardKpis(backend.store.db, today), 5);
  figures['dashboard/kpis again'] = await medianMs(run('dashboard/kpis', {}), 5);
  figures['dashboard/forecast 13 weeks computed'] = await medianMs(
    () => cashForecast(backend.store.db, today, today, 'week', 13),
    5,
  );
  figures['dashboard/forecast 12 months computed'] = await medianMs(
    () => cashForecast(backend.store.db, today, today, 'month', 12),
    5,
  );
  figures['dashboard/forecast again'] = await medianMs(run('dashboard/forecast', {}), 5);
  // The first call computes (and keeps per ledger state), the next ones read what was kept.
  for (const [label, work] of [
    ['dashboard/trend (12 months)', run('dashboard/trend', {})],
    ['dashboard/segments', run('dashboard/segments', {})],
  ] as const) {
    const start = performance.now();
    await work();
    figures[`${label} first call`] = performance.now() - start;
    figures[`${label} again`] = await medianMs(work, 5);
  }
  Object.assign(figures, await todayBench(backend, busy));
  const backtest = await backtestWhenReady(backend);
  let day = 0;
  figures['payments/record with auto allocation'] = await medianMs(
    run('payments/record', { customerId: busy, date: todayLocal(), amount: 150_000 + day++, method: 'bank_transfer' }),
  );

  const out: Record<string, unknown> = {
    customers,
    invoices,
    payments: summary.payments,
    openInvoices: summary.openInvoices,
    seedMs,
  };
  out.forecastBacktest8Weeks = Object.fromEntries(
    backtest.currencies.map((c) => [c.currency, { scheduledError: c.scheduledError, predictedError: c.predictedError }]),
  );
  out.medianMs = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))]));
  if (backend.store.kind !== 'sqlite') {
    // The sqlite3 tool's figure is the SQLite file's floor; a server company has no file to give it.
  } else if (hasSqliteCli()) {
    const db = backend.store.db as unknown as Kysely<unknown>;
    const [open, credit] = currentAgingSql(db, { asOf: todayLocal(), bounds: [30, 60, 90, 120] });
    const cliMs = sqliteCliMs(backend.store.file, `${inlineSql(open.compile(db))}; ${inlineSql(credit.compile(db))};`);
    const appMs = figures['reports/aging (all customers)']!;
    out.agingVsSqliteCli = {
      appMs: Number(appMs.toFixed(2)),
      sqliteCliMs: Number(cliMs.toFixed(2)),
      ratio: Number((appMs / cliMs).toFixed(2)),
    };
  } else {
    out.agingVsSqliteCli = 'sqlite3 command-line tool not installed (apt-get install sqlite3)';
  }
  return out;
}
