import { describe, expect, it } from 'vitest';
import { planAllocation, type OpenInvoiceFacts } from './allocation-plan';

const inv = (id: number, dueDate: string, openAmount: number, extra: Partial<OpenInvoiceFacts> = {}): OpenInvoiceFacts => ({
  id,
  customerId: 1,
  currency: 'TRY',
  dueDate,
  openAmount,
  openDisputes: 0,
  ...extra,
});
const fmt = (n: number) => String(n);
const credit = (available: number) => ({ customerId: 1, currency: 'TRY', available });

describe('planAllocation', () => {
  it('pays the oldest due first and leaves the rest as credit', () => {
    const invoices = [inv(3, '2026-03-01', 500), inv(1, '2026-01-15', 300), inv(2, '2026-02-01', 400)];
    expect(planAllocation('auto', credit(900), invoices, fmt)).toEqual({
      ok: true,
      lines: [
        { invoiceId: 1, amount: 300 },
        { invoiceId: 2, amount: 400 },
        { invoiceId: 3, amount: 200 },
      ],
    });
    const plan = planAllocation('auto', credit(5000), invoices, fmt);
    expect(plan.ok && plan.lines.reduce((s, l) => s + l.amount, 0)).toBe(1200);
  });

  it('skips disputed invoices, other currencies and other customers in auto mode', () => {
    const invoices = [
      inv(1, '2026-01-01', 100, { openDisputes: 1 }),
      inv(2, '2026-01-02', 100, { currency: 'USD' }),
      inv(3, '2026-01-03', 100, { customerId: 2 }),
      inv(4, '2026-01-04', 100),
    ];
    expect(planAllocation('auto', credit(1000), invoices, fmt)).toEqual({ ok: true, lines: [{ invoiceId: 4, amount: 100 }] });
  });

  it('checks every manual line and the sum', () => {
    const invoices = [
      inv(1, '2026-01-01', 100),
      inv(2, '2026-01-02', 100, { currency: 'EUR' }),
      inv(3, '2026-01-03', 100, { customerId: 9 }),
    ];
    const plan = planAllocation(
      [
        { invoiceId: 1, amount: 150 },
        { invoiceId: 2, amount: 10 },
        { invoiceId: 3, amount: 10 },
        { invoiceId: 77, amount: 10 },
      ],
      credit(1000),
      invoices,
      fmt,
    );
    expect(plan.ok ? [] : plan.issues.map((i) => [i.path.join('.'), i.key])).toEqual([
      ['allocate.0.amount', 'validation.exceedsOpen'],
      ['allocate.1.invoiceId', 'validation.currencyMismatch'],
      ['allocate.2.invoiceId', 'validation.otherCustomer'],
      ['allocate.3.invoiceId', 'validation.unknownInvoice'],
    ]);
    const over = planAllocation([{ invoiceId: 1, amount: 100 }], credit(60), invoices, fmt);
    expect(over.ok ? null : over.issues[0]!.key).toBe('validation.overAllocated');
  });
});
