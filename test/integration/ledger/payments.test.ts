import { describe, expect, it } from 'vitest';
import { balancesBothWays } from '../../support/ledger-checks';
import { storeSql } from '../../support/store-sql';
import { call, refused, testBackend } from '../../support/test-backend';

async function ledger() {
  const b = await testBackend();
  const customer = await call(b, 'customers/create', { title: 'Ege Tekstil', paymentTermsDays: 30 });
  const inv = async (issueDate: string, total: number, currency: 'TRY' | 'USD' = 'TRY', dueDate?: string) =>
    call(b, 'invoices/create', { customerId: customer.id, issueDate, total, currency, ...(dueDate ? { dueDate } : {}) });
  const status = async (id: number) => (await call(b, 'invoices/get', { id })).status;
  const open = async (id: number) => (await call(b, 'invoices/get', { id })).openAmount;
  return { b, customer, inv, status, open };
}

describe('payments and allocation', () => {
  it('allocates oldest due first, keeps the rest as credit, and balances both ways', async () => {
    const { b, customer, inv, status, open } = await ledger();
    const march = await inv('2026-03-01', 10000);
    const january = await inv('2026-01-01', 20000);
    const future = await inv('2026-11-01', 5000, 'TRY', '2099-01-31');
    const payment = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-04-02',
      amount: 26000,
      method: 'bank_transfer',
      reference: 'EFT 4471',
    });
    expect(payment.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      [january.id, 20000],
      [march.id, 6000],
    ]);
    expect(payment.unallocated).toBe(0);
    expect(await status(january.id)).toBe('paid');
    expect((await call(b, 'invoices/get', { id: january.id })).paidDate).toBe('2026-04-02');
    expect(await open(march.id)).toBe(4000);
    expect(await status(march.id)).toBe('overdue');
    expect(await status(future.id)).toBe('open');

    const advance = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-04-03',
      amount: 12000,
      method: 'cash',
    });
    expect(advance.unallocated).toBe(12000 - 4000 - 5000);
    expect(await status(future.id)).toBe('paid');
    const { byDocuments, byOpenItems } = await balancesBothWays(b, customer.id);
    expect(byDocuments).toEqual({ TRY: 35000 - 38000 });
    expect(byOpenItems).toEqual(byDocuments);
  });

  it('allocates by hand and refuses what would over-allocate, changing nothing', async () => {
    const { b, customer, inv, open } = await ledger();
    const a = await inv('2026-01-01', 10000);
    const c = await inv('2026-02-01', 10000);
    const bad = await refused(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-03-01',
      amount: 15000,
      method: 'card',
      allocate: [
        { invoiceId: a.id, amount: 10001 },
        { invoiceId: c.id, amount: 5000 },
      ],
    });
    expect(bad.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['allocate.0.amount', 'validation.exceedsOpen']]);
    expect(bad.issues?.[0]?.message).toContain('100,00 ₺');
    const over = await refused(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-03-01',
      amount: 15000,
      method: 'card',
      allocate: [
        { invoiceId: a.id, amount: 10000 },
        { invoiceId: c.id, amount: 5001 },
      ],
    });
    expect(over.issues?.[0]?.key).toBe('validation.overAllocated');
    expect(await storeSql(b).value('select count(*) from payments')).toBe(0);
    expect(await storeSql(b).value('select count(*) from allocations')).toBe(0);

    const manual = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-03-01',
      amount: 15000,
      method: 'card',
      allocate: [{ invoiceId: c.id, amount: 10000 }],
    });
    expect(manual.unallocated).toBe(5000);
    expect([await open(a.id), await open(c.id)]).toEqual([10000, 0]);
  });

  it('never mixes currencies', async () => {
    const { b, customer, inv, open } = await ledger();
    const lira = await inv('2026-01-01', 10000, 'TRY');
    const dollars = await inv('2026-01-01', 300, 'USD');
    const usdPayment = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-02-01',
      amount: 500,
      currency: 'USD',
      method: 'bank_transfer',
    });
    expect(usdPayment.allocations.map((x) => x.invoiceId)).toEqual([dollars.id]);
    expect(await open(lira.id)).toBe(10000);
    const mixed = await refused(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-02-01',
      amount: 100,
      currency: 'EUR',
      method: 'cash',
      allocate: [{ invoiceId: lira.id, amount: 100 }],
    });
    expect(mixed.issues?.[0]).toMatchObject({ key: 'validation.currencyMismatch', params: { expected: 'EUR' } });
    const { byDocuments, byOpenItems } = await balancesBothWays(b, customer.id);
    expect(byDocuments).toEqual({ TRY: 10000, USD: -200 });
    expect(byOpenItems).toEqual(byDocuments);
  });

  it('reverses a wrong payment: invoices reopen, history keeps both, twice is refused', async () => {
    const { b, customer, inv, status } = await ledger();
    const invoice = await inv('2026-01-01', 10000);
    const payment = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-02-01',
      amount: 10000,
      method: 'cheque',
    });
    expect(await status(invoice.id)).toBe('paid');
    const reversed = await call(b, 'payments/reverse', { id: payment.id, reason: 'Yanlış cariye girildi' });
    expect(reversed).toMatchObject({ reversalReason: 'Yanlış cariye girildi', unallocated: 0 });
    expect(reversed.reversedAt).not.toBeNull();
    expect(reversed.allocations).toEqual([expect.objectContaining({ invoiceId: invoice.id, amount: 10000, reversed: true })]);
    const reopened = await call(b, 'invoices/get', { id: invoice.id });
    expect(reopened).toMatchObject({ openAmount: 10000, paidDate: null, status: 'overdue', paidAmount: 0 });
    expect((await refused(b, 'payments/reverse', { id: payment.id, reason: 'again' })).kind).toBe('conflict');
    const { byDocuments, byOpenItems } = await balancesBothWays(b, customer.id);
    expect(byDocuments).toEqual({ TRY: 10000 });
    expect(byOpenItems).toEqual(byDocuments);
  });

  it('applies an advance to a later invoice', async () => {
    const { b, customer, inv, open } = await ledger();
    const advance = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-01-10',
      amount: 7000,
      method: 'cash',
      allocate: 'none',
    });
    const invoice = await inv('2026-02-01', 10000);
    const applied = await call(b, 'payments/allocate', { id: advance.id, allocate: 'auto' });
    expect(applied.unallocated).toBe(0);
    expect(await open(invoice.id)).toBe(3000);
    expect((await refused(b, 'payments/allocate', { id: advance.id, allocate: 'auto' })).issues?.[0]?.key).toBe(
      'validation.nothingToAllocate',
    );
  });

  it('issues a credit note that pays the invoice it corrects first', async () => {
    const { b, customer, inv, open } = await ledger();
    const older = await inv('2026-01-01', 5000);
    const corrected = await inv('2026-02-01', 10000);
    const note = await call(b, 'credit-notes/create', {
      customerId: customer.id,
      date: '2026-02-10',
      amount: 12000,
      invoiceId: corrected.id,
      note: 'İade: 2 koli hasarlı',
    });
    expect(note).toMatchObject({ kind: 'credit_note', number: 'IAD2026000000001', unallocated: 0 });
    expect(note.allocations.map((x) => [x.invoiceId, x.amount])).toEqual([
      [corrected.id, 10000],
      [older.id, 2000],
    ]);
    expect([await open(older.id), await open(corrected.id)]).toEqual([3000, 0]);
    const other = await call(b, 'customers/create', { title: 'Başka Cari' });
    const foreign = await refused(b, 'credit-notes/create', {
      customerId: other.id,
      date: '2026-02-10',
      amount: 100,
      invoiceId: older.id,
    });
    expect(foreign.issues?.[0]?.key).toBe('validation.otherCustomer');
  });

  it('lists payments and credit notes newest first, page by page, reversed ones marked', async () => {
    const { b, customer, inv } = await ledger();
    await inv('2026-01-01', 90000);
    const made = [];
    for (const [i, date] of ['2026-02-01', '2026-03-01', '2026-03-01', '2026-04-01'].entries()) {
      made.push(await call(b, 'payments/record', { customerId: customer.id, date, amount: 1000 * (i + 1), method: 'cash' }));
    }
    await call(b, 'payments/reverse', { id: made[0]!.id, reason: 'mükerrer kayıt' });
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'payments/list', { customerId: customer.id, limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([made[3]!.id, made[2]!.id, made[1]!.id, made[0]!.id]);
    const live = await call(b, 'payments/list', { customerId: customer.id, includeReversed: false });
    expect(live.items.map((p) => p.id)).not.toContain(made[0]!.id);
    expect((await call(b, 'payments/list', { customerId: customer.id })).items.at(-1)).toMatchObject({
      reversed: true,
      amount: 1000,
    });
  });

  it('refuses payments dated in the future or for an unknown customer', async () => {
    const { b, customer } = await ledger();
    expect(
      (await refused(b, 'payments/record', { customerId: customer.id, date: '2099-01-01', amount: 100, method: 'cash' }))
        .issues?.[0]?.key,
    ).toBe('validation.futureDate');
    expect(
      (await refused(b, 'payments/record', { customerId: 404, date: '2026-01-01', amount: 100, method: 'cash' })).issues?.[0]
        ?.key,
    ).toBe('validation.unknownCustomer');
    expect(
      (await refused(b, 'payments/record', { customerId: customer.id, date: '2026-01-01', amount: 10.5, method: 'cash' }))
        .issues?.[0]?.key,
    ).toBe('validation.minorUnits');
  });
});
