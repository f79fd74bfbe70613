import { describe, expect, it } from 'vitest';
import type { InvoiceLineCreate } from '../../../src-shared/domain/invoices/schemas';
import { call, refused, testBackend } from '../../support/test-backend';

const line = (over: Partial<InvoiceLineCreate> = {}): InvoiceLineCreate => ({
  description: 'Hizmet',
  quantity: 1,
  unitPrice: 10000,
  vatRate: 20,
  discountPercent: 0,
  ...over,
});

async function withCustomer() {
  const b = await testBackend();
  const customer = await call(b, 'customers/create', { title: 'Marmara Yapı' });
  const create = (lines: unknown[]) => refused(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-03-10', lines });
  return { b, customer, create };
}

describe('line invoices stay within the limits of a single total', () => {
  it('refuses an invoice whose lines come to zero with a field error, in the user’s language', async () => {
    const { b, create } = await withCustomer();
    for (const lines of [[line({ discountPercent: 100 })], [line({ unitPrice: 0 })]]) {
      const error = await create(lines);
      expect(error.kind).toBe('validation');
      expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['lines', 'validation.invoiceTotalZero']]);
      expect(error.issues?.[0]?.message).toMatch(/sıfır/i);
    }
    expect((await call(b, 'invoices/list', {})).items).toEqual([]);
  });

  it('keeps a free line (100 % discount or no price) on an invoice that has a total', async () => {
    const { b, customer } = await withCustomer();
    const invoice = await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: '2026-03-10',
      lines: [line(), line({ description: 'Numune', unitPrice: 0 }), line({ description: 'Hediye', discountPercent: 100 })],
    });
    expect(invoice.total).toBe(12000);
    expect(invoice.lines.map((l) => l.net)).toEqual([10000, 0, 0]);
  });

  it('refuses a line whose amount is beyond the limit on that line, not as an internal error', async () => {
    const { create } = await withCustomer();
    const huge = await create([line({ quantity: 1_000_000_000, unitPrice: 1_000_000_000_000 })]);
    expect(huge.kind).toBe('validation');
    expect(huge.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['lines.0', 'validation.lineTooLarge']]);
    expect(JSON.stringify(huge)).not.toMatch(/RangeError|at .*\.ts/);
  });

  it('refuses lines that add up to more than the largest total', async () => {
    const { b, create } = await withCustomer();
    // Each line is 6e14 with KDV (within the limit), together 1.2e15 (beyond it).
    const lines = [line({ quantity: 1000, unitPrice: 500_000_000_000 }), line({ quantity: 1000, unitPrice: 500_000_000_000 })];
    const error = await create(lines);
    expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['lines', 'validation.invoiceTotalTooLarge']]);
    // One line alone beyond the limit with KDV is the line's fault.
    const one = await create([line({ quantity: 1000, unitPrice: 900_000_000_000 })]);
    expect(one.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['lines.0', 'validation.lineTooLarge']]);
    expect((await call(b, 'invoices/list', {})).items).toEqual([]);
  });

  it('applies the same rules when an invoice is edited', async () => {
    const { b, customer } = await withCustomer();
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-03-10', lines: [line()] });
    const error = await refused(b, 'invoices/update', { id: invoice.id, lines: [line({ discountPercent: 100 })] });
    expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['lines', 'validation.invoiceTotalZero']]);
  });
});
