import { describe, expect, it } from 'vitest';
import { storeSql } from '../../support/store-sql';
import { call, refused, testBackend } from '../../support/test-backend';

async function withCustomer(terms = 30) {
  const b = await testBackend();
  const customer = await call(b, 'customers/create', { title: 'Deniz Gıda Ltd. Şti.', paymentTermsDays: terms });
  return { b, customer };
}

describe('invoices', () => {
  it('computes lines with KDV and discount, numbers the invoice and defaults the due date from the terms', async () => {
    const { b, customer } = await withCustomer(45);
    const invoice = await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: '2026-03-10',
      lines: [
        { description: 'Zeytinyağı 5 lt', quantity: 2.5, unitPrice: 123456, vatRate: 20, discountPercent: 10 },
        { description: 'Nakliye', quantity: 1, unitPrice: 50000, vatRate: 20 },
      ],
    });
    expect(invoice).toMatchObject({
      number: 'VDE2026000000001',
      dueDate: '2026-04-24',
      currency: 'TRY',
      net: 327776,
      vat: 65555,
      total: 393331,
    });
    expect(invoice.openAmount).toBe(invoice.total);
    expect(invoice.lines.map((l) => [l.quantity, l.discountPercent, l.net, l.vat])).toEqual([
      [2.5, 10, 277776, 55555],
      [1, 0, 50000, 10000],
    ]);
    expect(invoice.status).toBe('overdue');
    const next = await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: '2026-03-11',
      total: 1000,
      dueDate: '2099-01-01',
    });
    expect(next).toMatchObject({ number: 'VDE2026000000002', total: 1000, vat: 0, status: 'open' });
  });

  it('refuses bad input field by field and saves nothing', async () => {
    const { b, customer } = await withCustomer();
    const cases: [unknown, string, string][] = [
      [{ customerId: customer.id, issueDate: '2026-03-10', total: 123.456 }, 'total', 'validation.minorUnits'],
      [{ customerId: customer.id, issueDate: '2026-03-10', total: -5 }, 'total', 'validation.positive'],
      [
        { customerId: customer.id, issueDate: '2026-03-10', dueDate: '2026-03-01', total: 100 },
        'dueDate',
        'validation.dueBeforeIssue',
      ],
      [{ customerId: customer.id, issueDate: '2026-02-30', total: 100 }, 'issueDate', 'validation.date'],
      [{ customerId: customer.id, issueDate: '2026-03-10' }, 'lines', 'validation.linesOrTotal'],
      [
        {
          customerId: customer.id,
          issueDate: '2026-03-10',
          total: 100,
          lines: [{ description: 'x', quantity: 1, unitPrice: 1, vatRate: 20 }],
        },
        'total',
        'validation.linesOrTotal',
      ],
      [
        {
          customerId: customer.id,
          issueDate: '2026-03-10',
          lines: [{ description: 'x', quantity: 1.2345, unitPrice: 1, vatRate: 18 }],
        },
        'lines.0.quantity',
        'validation.quantityDecimals',
      ],
      [{ customerId: 999, issueDate: '2026-03-10', total: 100 }, 'customerId', 'validation.unknownCustomer'],
      [{ customerId: customer.id, issueDate: '2026-03-10', total: 100, currency: 'JPY' }, 'currency', 'validation.oneOf'],
    ];
    for (const [args, path, key] of cases) {
      const error = await refused(b, 'invoices/create', args);
      expect(
        error.issues?.map((i) => [i.path.join('.'), i.key]),
        JSON.stringify(args),
      ).toContainEqual([path, key]);
    }
    await call(b, 'invoices/create', {
      customerId: customer.id,
      number: 'ABC2026000000001',
      issueDate: '2026-03-10',
      total: 100,
    });
    const duplicate = await refused(b, 'invoices/create', {
      customerId: customer.id,
      number: 'abc2026000000001',
      issueDate: '2026-03-10',
      total: 100,
    });
    expect(duplicate).toMatchObject({ kind: 'conflict', issues: [{ path: ['number'], key: 'validation.numberTaken' }] });
    expect(await storeSql(b).value('select count(*) from invoices')).toBe(1);
  });

  it('can be edited only while nothing is allocated; notes always', async () => {
    const { b, customer } = await withCustomer();
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-05-01', total: 10000 });
    const edited = await call(b, 'invoices/update', { id: invoice.id, version: 1, total: 12000, dueDate: '2026-06-15' });
    expect(edited).toMatchObject({ total: 12000, openAmount: 12000, dueDate: '2026-06-15', version: 2 });
    await call(b, 'payments/record', { customerId: customer.id, date: '2026-05-10', amount: 2000, method: 'bank_transfer' });
    const locked = await refused(b, 'invoices/update', { id: invoice.id, total: 9000 });
    expect(locked).toMatchObject({ kind: 'conflict', issues: [{ key: 'validation.invoiceLocked' }] });
    expect((await call(b, 'invoices/update', { id: invoice.id, notes: 'Sevk irsaliyesi 123' })).notes).toBe(
      'Sevk irsaliyesi 123',
    );
    expect((await call(b, 'invoices/get', { id: invoice.id })).total).toBe(12000);
  });

  it('writes off the open remainder with a reason', async () => {
    const { b, customer } = await withCustomer();
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-01-05', total: 50000 });
    await call(b, 'payments/record', { customerId: customer.id, date: '2026-02-01', amount: 30000, method: 'cash' });
    const written = await call(b, 'invoices/write-off', { id: invoice.id, reason: 'Konkordato, tahsil edilemez' });
    expect(written).toMatchObject({ openAmount: 0, writtenOffAmount: 20000, paidAmount: 30000, status: 'written_off' });
    expect((await refused(b, 'invoices/write-off', { id: invoice.id, reason: 'tekrar' })).issues?.[0]?.key).toBe(
      'validation.nothingOpen',
    );
  });

  it('keeps an append-only audit log of every change', async () => {
    const { b, customer } = await withCustomer();
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-05-01', total: 10000 });
    await call(b, 'invoices/update', { id: invoice.id, notes: 'not' });
    const rows = await storeSql(b).all(
      "select action, entity, entity_id, before is not null as had_before from audit_log where entity = 'invoice' order by id",
    );
    expect(rows).toEqual([
      { action: 'invoices/create', entity: 'invoice', entity_id: invoice.id, had_before: 0 },
      { action: 'invoices/update', entity: 'invoice', entity_id: invoice.id, had_before: 1 },
    ]);
    await expect(storeSql(b).run("update audit_log set actor = 'mallory'")).rejects.toThrow(/append-only/);
    await expect(storeSql(b).run('delete from audit_log')).rejects.toThrow(/append-only/);
  });
});
