import type { Backend } from '../../src-main/backend';
import { call } from './test-backend';

/** What the main screens show of a company (dashboard, invoice totals, aging, collections, lists, history). */
export async function screenFigures(b: Backend): Promise<unknown> {
  return {
    kpis: await call(b, 'dashboard/kpis', {}),
    totals: await call(b, 'invoices/totals', {}),
    overdue: await call(b, 'invoices/totals', { status: 'overdue' }),
    aging: await call(b, 'reports/aging', {}),
    collections: await call(b, 'reports/collections', {}),
    customers: (await call(b, 'customers/list', { limit: 500 })).items.map((c) => [c.id, c.code, c.title]),
    audit: (await call(b, 'audit/list', { limit: 200 })).items.map((a) => [a.id, a.entity, a.action]),
  };
}
