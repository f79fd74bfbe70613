import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import { refreshEveryonesFigures } from '../../src-main/features/customers/customer-figures';
import { buildDemoCompany } from '../../src-main/features/demo/demo-company';
import { todayLocal } from '../../src-shared/dates/business-date';
import type { MethodInput } from '../../src-shared/contract/methods';
import { medianMs } from './customers-bench';

/**
 * The customer list's figures on the demo company (`BENCH_ONLY=figures`): the day step that works out everyone's,
 * the list sorted and filtered by them, and what keeping them costs a payment.
 */
export async function customerFiguresBench(
  backend: Backend,
  customers: number,
  invoices: number,
): Promise<Record<string, unknown>> {
  const summary = buildDemoCompany(backend.store.raw, { customers, invoices });
  backend.store.raw.pragma('wal_checkpoint(TRUNCATE)');
  return { customers, invoices, openInvoices: summary.openInvoices, ...(await measureCustomerFigures(backend, customers)) };
}

/** The measures on a company already filled (also usable on a copy of a real one). */
export async function measureCustomerFigures(backend: Backend, customers: number): Promise<Record<string, unknown>> {
  const today = todayLocal();
  const refreshStart = performance.now();
  await refreshEveryonesFigures(backend.store.db, today);
  const firstRefreshMs = performance.now() - refreshStart;

  const list = (args: MethodInput<'customers/list'>) => async () => {
    const result = await backend.dispatch('customers/list', args);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as { nextCursor: string | null };
  };
  const byOverdue = await list({ sort: 'overdue', limit: 200 })();
  const figures: Record<string, number> = {
    'daily refresh of everyone (day step, first run)': firstRefreshMs,
    'daily refresh of everyone (day step)': await medianMs(() => refreshEveryonesFigures(backend.store.db, today), 3),
    'customers/list first page (200) by overdue TRY': await medianMs(list({ sort: 'overdue', limit: 200 })),
    'customers/list next page by overdue via cursor': await medianMs(
      list({ sort: 'overdue', limit: 200, cursor: byOverdue.nextCursor ?? undefined }),
    ),
    'customers/list overdue only, by oldest overdue (any currency)': await medianMs(
      list({ sort: 'oldest_overdue', overdueOnly: true, limit: 200 }),
    ),
    'customers/list USD, overdue only, by overdue': await medianMs(
      list({ sort: 'overdue', currency: 'USD', overdueOnly: true, limit: 200 }),
    ),
    'customers/list balance above 100,000 TRY, by balance': await medianMs(
      list({ sort: 'balance', minBalance: 10_000_000, limit: 200 }),
    ),
    'customers/list by next expected collection': await medianMs(list({ sort: 'next_expected', limit: 200 })),
    'customers/list search "istanbul" by overdue': await medianMs(list({ search: 'istanbul', sort: 'overdue', limit: 200 })),
    'customers/list first page by title (with figures)': await medianMs(list({ limit: 200 })),
  };
  let amount = 150_000;
  for (const [label, customerId] of [
    ['payments/record, figures kept (a typical customer)', 1 + Math.floor(customers / 100)],
    ['payments/record, figures kept (busiest customer)', 1],
  ] as const) {
    figures[label] = await medianMs(async () => {
      const result = await backend.dispatch('payments/record', {
        customerId,
        date: today,
        amount: amount++,
        method: 'bank_transfer',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }, 9);
  }
  const rows = backend.store.raw.prepare('select count(*) as n from customer_figures').get() as { n: number };
  return {
    figureRows: rows.n,
    medianMs: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))])),
  };
}
