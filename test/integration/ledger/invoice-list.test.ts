import { describe, expect, it } from 'vitest';
import { call, testBackend } from '../../support/test-backend';

describe('invoice list', () => {
  it('filters by derived status, searches numbers and customers, totals per currency and pages by keyset', async () => {
    const b = await testBackend();
    const deniz = await call(b, 'customers/create', { title: 'Deniz Gıda', city: 'İZMİR' });
    const kuzey = await call(b, 'customers/create', { title: 'Kuzey Yapı' });
    const mk = (customerId: number, issueDate: string, total: number, extra: Record<string, unknown> = {}) =>
      call(b, 'invoices/create', { customerId, issueDate, total, ...extra });
    const paid = await mk(deniz.id, '2026-01-01', 1000);
    const partial = await mk(deniz.id, '2026-02-01', 2000, { dueDate: '2099-01-01' });
    const overdue = await mk(kuzey.id, '2026-03-01', 3000);
    const open = await mk(kuzey.id, '2026-04-01', 4000, { dueDate: '2099-01-01' });
    const usd = await mk(kuzey.id, '2026-05-01', 500, { currency: 'USD', number: 'USD-77' });
    await call(b, 'payments/record', { customerId: deniz.id, date: '2026-03-05', amount: 1500, method: 'cash' });

    const ids = async (args: Record<string, unknown>) => (await call(b, 'invoices/list', args)).items.map((i) => i.id);
    expect(await ids({ status: 'paid' })).toEqual([paid.id]);
    expect(await ids({ status: 'partially_paid' })).toEqual([partial.id]);
    expect(await ids({ status: 'overdue' })).toEqual([usd.id, overdue.id]);
    expect(await ids({ status: 'open' })).toEqual([open.id]);
    expect(await ids({ search: 'izmir' })).toEqual([partial.id, paid.id]);
    expect(await ids({ search: 'usd-' })).toEqual([usd.id]);
    expect(await ids({ customerId: kuzey.id, currency: 'TRY', sort: 'due_asc' })).toEqual([overdue.id, open.id]);
    expect(await ids({ minTotal: 2000, maxTotal: 3000, sort: 'amount_desc' })).toEqual([overdue.id, partial.id]);
    expect(await ids({ issuedFrom: '2026-02-01', issuedTo: '2026-03-31' })).toEqual([overdue.id, partial.id]);

    const all = await call(b, 'invoices/list', {});
    expect(await call(b, 'invoices/totals', {})).toEqual([
      { currency: 'TRY', count: 4, total: 10000, open: 8500 },
      { currency: 'USD', count: 1, total: 500, open: 500 },
    ]);
    expect(await call(b, 'invoices/totals', { customerId: deniz.id, status: 'partially_paid' })).toEqual([
      { currency: 'TRY', count: 1, total: 2000, open: 1500 },
    ]);
    const row = all.items.find((i) => i.id === overdue.id)!;
    expect(row).toMatchObject({ customerTitle: 'Kuzey Yapı', status: 'overdue' });
    expect(row.daysOverdue).toBeGreaterThan(200);

    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'invoices/list', { limit: 2, sort: 'issue_desc', ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([usd.id, open.id, overdue.id, partial.id, paid.id]);
  });
});
