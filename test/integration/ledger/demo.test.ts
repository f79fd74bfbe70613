import { describe, expect, it } from 'vitest';
import { buildDemoCompany } from '../../../src-main/features/demo/demo-company';
import { isValidVkn } from '../../../src-shared/validation/tax-id';
import { call, testBackend } from '../../support/test-backend';

describe('demo company', () => {
  it('builds a ledger that keeps the same invariants as the handlers', async () => {
    const b = await testBackend();
    const summary = buildDemoCompany(b.store.raw, { customers: 40, invoices: 2000, seed: 3 });
    expect(summary).toMatchObject({ customers: 40, invoices: 2000 });
    expect(summary.payments).toBeGreaterThan(1000);
    const raw = b.store.raw;
    const taxIds = raw.prepare('select tax_id from customers').pluck().all() as string[];
    expect(taxIds.every(isValidVkn)).toBe(true);
    const badOpen = raw
      .prepare(
        `select count(*) from invoices i where open_amount <> total - written_off_amount
           - coalesce((select sum(amount) from allocations a where a.invoice_id = i.id and a.reversed_at is null), 0)`,
      )
      .pluck()
      .get();
    expect(badOpen).toBe(0);
    expect(raw.prepare('select count(*) from invoices where (open_amount = 0) <> (paid_date is not null)').pluck().get()).toBe(0);
    // The demo data works through the normal methods too.
    const page = await call(b, 'invoices/list', { status: 'overdue', limit: 5 });
    expect(page.items.length).toBe(5);
    const account = await call(b, 'customers/account', { id: 1 });
    expect(account.currencies.length).toBeGreaterThan(0);
  });
});
