import { performance } from 'node:perf_hooks';
import type { Backend } from '../../src-main/backend';
import { refreshEveryonesFigures } from '../../src-main/features/customers/customer-figures';
import { todayLocal } from '../../src-shared/dates/business-date';
import type { MethodInput } from '../../src-shared/contract/methods';
import { medianMs } from './customers-bench';
import type { SeededCompany } from './seeded-company';

/**
 * The customer list's figures on the demo company (`BENCH_ONLY=figures`): the day step that works out everyone's,
 * the list sorted and filtered by them, and what keeping them costs a payment.
 */
export async function customerFiguresBench(backend: Backend, seeded: SeededCompany): Promise<Record<string, unknown>> {
  const { customers, invoices, openInvoices } = seeded.summary;
  return { customers, invoices, openInvoices, ...(await measureCustomerFigures(backend, customers)) };
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
  };
  // The list's first page as the screen asks for it: each figure column as the sort, each filter, the search.
  const pages: [string, MethodInput<'customers/list'>][] = [
    ['first page by title (with figures)', {}],
    ['first page by balance TRY', { sort: 'balance' }],
    ['first page by overdue TRY', { sort: 'overdue' }],
    ['first page by oldest overdue days (any currency)', { sort: 'oldest_overdue' }],
    ['first page by next expected collection', { sort: 'next_expected' }],
    ['filter currency USD, by title', { currency: 'USD' }],
    ['filter currency USD, by balance', { currency: 'USD', sort: 'balance' }],
    ['filter overdue only, by title', { overdueOnly: true }],
    ['filter overdue only, by oldest overdue', { overdueOnly: true, sort: 'oldest_overdue' }],
    ['filter USD overdue only, by overdue', { currency: 'USD', overdueOnly: true, sort: 'overdue' }],
    ['filter balance above 100,000 TRY, by title', { minBalance: 10_000_000 }],
    ['filter balance above 100,000 TRY, by balance', { minBalance: 10_000_000, sort: 'balance' }],
    ['filter balance above 100,000 TRY, by next expected', { minBalance: 10_000_000, sort: 'next_expected' }],
    ['search "istanbul" by overdue', { search: 'istanbul', sort: 'overdue' }],
    ['accent-free search "dogu" (finds Doğu)', { search: 'dogu' }],
    ['accent-free search "akdeniz gida", by balance', { search: 'akdeniz gida', sort: 'balance' }],
    ['accent-free search "DOGAN", overdue only', { search: 'DOGAN', overdueOnly: true }],
  ];
  for (const [label, args] of pages) figures[`customers/list ${label}`] = await medianMs(list({ ...args, limit: 200 }));
  figures['customers/list next page by overdue via cursor'] = await medianMs(
    list({ sort: 'overdue', limit: 200, cursor: byOverdue.nextCursor ?? undefined }),
  );
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
  const rows = await backend.store.db
    .selectFrom('customer_figures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    figureRows: Number(rows.n),
    medianMs: Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(2))])),
  };
}
