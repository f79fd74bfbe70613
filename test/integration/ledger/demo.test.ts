import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { isValidVkn } from '../../../src-shared/validation/tax-id';
import { ledgerInvariantBreaks } from '../../support/ledger-invariants';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';

describe('demo company', () => {
  it('builds a ledger that keeps the same invariants as the handlers', async () => {
    const b = await testBackend();
    const summary = await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 40, invoices: 2000, seed: 3 });
    expect(summary).toMatchObject({ customers: 40, invoices: 2000 });
    expect(summary.payments).toBeGreaterThan(1000);
    const q = storeSql(b);
    const taxIds = await q.values<string>('select tax_id from customers');
    expect(taxIds.every(isValidVkn)).toBe(true);
    expect(await ledgerInvariantBreaks(b.store.db)).toEqual({ openAmount: 0, unallocated: 0, negative: 0 });
    expect(await q.value('select count(*) from invoices where (open_amount = 0) <> (paid_date is not null)')).toBe(0);
    // The demo data works through the normal methods too.
    const page = await call(b, 'invoices/list', { status: 'overdue', limit: 5 });
    expect(page.items.length).toBe(5);
    const account = await call(b, 'customers/account', { id: 1 });
    expect(account.currencies.length).toBeGreaterThan(0);
  });

  it('tells collection stories: disputes, kept and broken promises, and the calls around them', async () => {
    const b = await testBackend();
    const summary = await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 40, invoices: 2000, seed: 3 });
    expect(summary.disputes).toBeGreaterThan(5);
    expect(summary.promises).toBeGreaterThan(10);
    expect(summary.activities).toBeGreaterThan(summary.promises);
    const q = storeSql(b);
    // An invoice counts exactly its open disputes, so the 'disputed' status and allocation agree with them.
    const badCount = await q.value(
      `select count(*) from invoices i where open_disputes <> (select count(*) from disputes d where d.invoice_id = i.id and d.status = 'open')`,
    );
    expect(badCount).toBe(0);
    expect((await call(b, 'invoices/list', { status: 'disputed', limit: 1 })).items).toHaveLength(1);
    const customerIds = await q.values('select distinct customer_id from promises');
    const statuses = new Set<string>();
    for (const customerId of customerIds) {
      for (const promise of await call(b, 'promises/list', { customerId })) statuses.add(promise.status);
    }
    expect(statuses).toContain('kept');
    expect(statuses).toContain('broken');
    // The latest call of the company is on the first page of its customer's timeline, with its codes.
    const latest = (await q.get<{ customer_id: number; summary: string }>(
      'select customer_id, summary from activities order by occurred_at desc, id desc limit 1',
    ))!;
    const timeline = await call(b, 'customers/timeline', { id: latest.customer_id, limit: 50 });
    expect(timeline.items.find((item) => item.kind === 'activity')).toMatchObject({ title: latest.summary });
  });
});
