import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { ledgerInvariantBreaks } from '../../support/ledger-invariants';
import { call, officePc } from '../../support/office-pcs';
import { tempDir } from '../../support/temp-dir';

const TODAY = '2026-11-23';
const now = () => new Date(`${TODAY}T09:00:00Z`);

async function twoPcs(): Promise<[Backend, Backend]> {
  const office = tempDir();
  return [await officePc(office, { now }), await officePc(office, { now })];
}

describe(`two PCs writing at the same moment (on a PostgreSQL test cluster)`, () => {
  it('never over-allocate invoices when both record payments against them at once', async () => {
    const [a, b] = await twoPcs();
    const customer = await call(a, 'customers/create', { title: 'Anadolu Yapı Ltd. Şti.' });
    const invoices: { id: number }[] = [];
    for (const n of [1, 2, 3])
      invoices.push(await call(a, 'invoices/create', { customerId: customer.id, issueDate: '2026-10-01', total: 100_000 + n }));

    // Twelve payments of 700 TL against 3,000 TL open: automatic allocation from both PCs, interleaved.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).dispatch('payments/record', {
          customerId: customer.id,
          date: TODAY,
          amount: 70_000,
          method: 'bank_transfer',
          allocate: 'auto',
        }),
      ),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    // By hand: both PCs put 900 TL on the same invoice; only one of them can.
    const byHand = await Promise.all(
      [a, b].map((pc) =>
        pc.dispatch('payments/record', {
          customerId: customer.id,
          date: TODAY,
          amount: 90_000,
          method: 'cash',
          allocate: [{ invoiceId: invoices[0]!.id, amount: 90_000 }],
        }),
      ),
    );
    expect(byHand.every((r) => r.ok || r.error.kind === 'validation')).toBe(true);

    const rows = await a.store.db.selectFrom('invoices').select(['total', 'open_amount']).execute();
    expect(rows.every((r) => r.open_amount === 0)).toBe(true);
    const allocated = await a.store.db
      .selectFrom('allocations')
      .select((eb) => eb.fn.sum<number>('amount').as('sum'))
      .where('reversed_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(allocated.sum)).toBe(300_006);
    expect(await ledgerInvariantBreaks(a.store.db)).toEqual({ openAmount: 0, unallocated: 0, negative: 0 });
  });

  it('never hand the same invoice number or customer code to two PCs', async () => {
    const [a, b] = await twoPcs();
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) => call(i % 2 ? a : b, 'customers/create', { title: `Müşteri ${i + 1}` })),
    );
    const codes = created.map((c) => c.code);
    expect(new Set(codes).size).toBe(10);
    const numbers = (
      await Promise.all(
        created.map((c, i) =>
          call(i % 2 ? b : a, 'invoices/create', { customerId: c.id, issueDate: '2026-11-02', total: 5_000 }),
        ),
      )
    ).map((invoice) => invoice.number);
    expect(new Set(numbers).size).toBe(10);
    expect([...numbers].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `VDE2026${String(i + 1).padStart(9, '0')}`));
  });
});
