import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import { protestDeadline } from '../../../src-shared/domain/cheques/protest-deadline';
import { storeSql } from '../../support/store-sql';
import { call } from '../../support/test-backend';
import { portfolio, today } from './cheque-setup';

describe('cheques in the ledger', () => {
  it('records a payment allocated like any other; a bounce gives the invoices back exactly their open amounts', async () => {
    const { b, customer, receive } = await portfolio();
    const inv = (issueDate: string, total: number) => call(b, 'invoices/create', { customerId: customer.id, issueDate, total });
    const a = await inv('2026-01-05', 7000);
    const c = await inv('2026-02-05', 8000);
    await call(b, 'payments/record', { customerId: customer.id, date: '2026-03-01', amount: 2500, method: 'cash' });
    const openAmounts = async () =>
      Promise.all([a.id, c.id].map(async (id) => (await call(b, 'invoices/get', { id })).openAmount));
    const before = await openAmounts();
    expect(before).toEqual([4500, 8000]);

    const cheque = await receive({ amount: 10000, allocate: 'auto' });
    const payment = await call(b, 'payments/get', { id: cheque.paymentId });
    expect([payment.method, payment.reference, payment.amount, payment.date]).toEqual(['cheque', 'A-100200', 10000, today]);
    expect(payment.allocations.map((x) => [x.invoiceId, x.amount])).toEqual([
      [a.id, 4500],
      [c.id, 5500],
    ]);
    expect(await openAmounts()).toEqual([0, 2500]);

    await storeSql(b).run("update customer_risk set refreshed_on = '2026-01-01'");
    const bounced = await call(b, 'cheques/transition', { id: cheque.id, to: 'bounced', date: today, note: 'Banka iade etti' });
    expect(bounced.status).toBe('bounced');
    expect(await openAmounts()).toEqual(before);
    const reversed = await call(b, 'payments/get', { id: cheque.paymentId });
    expect(reversed.reversedAt).not.toBeNull();
    expect(reversed.reversalReason).toBe('Çek A-100200 karşılıksız çıktı');
    expect(reversed.allocations.every((x) => x.reversed)).toBe(true);
    // The bounce works the customer's segment out again in its own write (the old day set above is gone).
    const risk = await storeSql(b).value('select refreshed_on from customer_risk where customer_id = ?', customer.id);
    expect(risk).toBe(today);

    // Legal follow-up after the bounce leaves the reversed payment as it is.
    await call(b, 'cheques/transition', { id: cheque.id, to: 'legal', date: today });
    expect(await openAmounts()).toEqual(before);

    const timeline = await call(b, 'customers/timeline', { id: customer.id, limit: 50 });
    const chequeEntries = timeline.items.filter((e) => e.kind === 'cheque').map((e) => [e.code, e.title, e.amount]);
    expect(chequeEntries).toEqual([
      ['legal', 'A-100200', 10000],
      ['bounced', 'A-100200', 10000],
      ['portfolio', 'A-100200', 10000],
    ]);
    expect(timeline.items.some((e) => e.kind === 'reversal' && e.refId === cheque.paymentId)).toBe(true);

    const audit = await call(b, 'audit/list', { entity: 'cheque', entityId: cheque.id });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['cheques/record', 'cheques/transition', 'cheques/transition']);
  });

  it('a protested note re-opens the debt too; a collected cheque keeps its payment', async () => {
    const { b, customer, receive } = await portfolio();
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-01-05', total: 3000 });
    const note = await receive({ kind: 'note', bank: '', amount: 3000, allocate: [{ invoiceId: invoice.id, amount: 3000 }] });
    expect((await call(b, 'payments/get', { id: note.paymentId })).method).toBe('promissory_note');
    expect((await call(b, 'invoices/get', { id: invoice.id })).status).toBe('paid');
    await call(b, 'cheques/transition', { id: note.id, to: 'protested', date: today });
    expect((await call(b, 'invoices/get', { id: invoice.id })).openAmount).toBe(3000);
    expect(
      (await call(b, 'customers/timeline', { id: customer.id, limit: 50 })).items.filter((e) => e.kind === 'promissory_note'),
    ).toHaveLength(2);

    const cheque = await receive({ amount: 3000, allocate: 'auto' });
    await call(b, 'cheques/transition', { id: cheque.id, to: 'at_bank', date: today, counterparty: 'Akbank' });
    await call(b, 'cheques/transition', { id: cheque.id, to: 'collected', date: today });
    expect((await call(b, 'payments/get', { id: cheque.paymentId })).reversedAt).toBeNull();
    expect((await call(b, 'invoices/get', { id: invoice.id })).openAmount).toBe(0);
  });

  it('lists by due date with filters and keyset pages, and sums the portfolio', async () => {
    const { b, receive } = await portfolio();
    const other = await call(b, 'customers/create', { title: 'Marmara Gıda' });
    const dues = [addDays(today, 40), addDays(today, 1), addDays(today, -3), addDays(today, 1), addDays(today, 400)];
    const made = [];
    for (const [i, dueDate] of dues.entries())
      made.push(
        await receive({
          kind: i % 2 ? 'note' : 'cheque',
          serialNumber: `N${i}`,
          dueDate,
          issueDate: addDays(today, -10),
          amount: 1000 * (i + 1),
          currency: i === 4 ? 'USD' : 'TRY',
          ...(i === 2 ? { customerId: other.id } : {}),
        }),
      );
    await call(b, 'cheques/transition', { id: made[0]!.id, to: 'collected', date: today });

    const pages: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'cheques/list', { limit: 2, ...(cursor ? { cursor } : {}) });
      pages.push(...page.items.map((x) => x.serialNumber));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(['N2', 'N1', 'N3', 'N0', 'N4']);
    const names = async (args: object) => (await call(b, 'cheques/list', args)).items.map((x) => x.serialNumber);
    expect(await names({ status: 'collected' })).toEqual(['N0']);
    expect(await names({ kind: 'note' })).toEqual(['N1', 'N3']);
    expect(await names({ customerId: other.id })).toEqual(['N2']);
    expect(await names({ dueFrom: today, dueTo: addDays(today, 40) })).toEqual(['N1', 'N3', 'N0']);
    const n1 = (await call(b, 'cheques/list', { kind: 'note' })).items[0]!;
    expect(n1.protestDeadline).toBe(protestDeadline(n1.dueDate));

    const summary = await call(b, 'cheques/summary', {});
    expect(summary.byStatus).toEqual([
      { status: 'collected', currency: 'TRY', count: 1, amount: 1000 },
      { status: 'portfolio', currency: 'TRY', count: 3, amount: 2000 + 3000 + 4000 },
      { status: 'portfolio', currency: 'USD', count: 1, amount: 5000 },
    ]);
    const monthTotal = summary.maturingThisMonth.find((x) => x.currency === 'TRY');
    // Due tomorrow: N1 and N3 (unless tomorrow is next month); N2 is overdue, N0 collected.
    if (addDays(today, 1).slice(0, 7) === today.slice(0, 7))
      expect(monthTotal).toEqual({ currency: 'TRY', count: 2, amount: 6000 });
    expect(summary.protestWarnings.map((x) => [x.serialNumber, x.protestDeadline, x.passed])).toEqual([
      ['N1', protestDeadline(addDays(today, 1)), false],
      ['N3', protestDeadline(addDays(today, 1)), false],
    ]);
  });
});
