import { describe, expect, it } from 'vitest';
import { addMonths, monthStart } from '../../../src-shared/dates/months';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const monthsAgo = (n: number) => addMonths(monthStart(today), -n);

describe('dashboard/trend', () => {
  it('puts what was invoiced and collected in its month; credit notes and reversed payments are not collections', async () => {
    const b = await testBackend(undefined, now);
    const c = await call(b, 'customers/create', { title: 'Eğilim A.Ş.' });
    const invoice = (issueDate: string, total: number) =>
      call(b, 'invoices/create', { customerId: c.id, issueDate, dueDate: today, total });
    await invoice(monthsAgo(2), 10000);
    await invoice(monthsAgo(2), 5000);
    await invoice(monthStart(today), 7000);
    await invoice(monthsAgo(12), 999); // a month before the twelve
    const pay = (date: string, amount: number) =>
      call(b, 'payments/record', { customerId: c.id, date, amount, method: 'bank_transfer', allocate: 'none' });
    await pay(monthsAgo(1), 4000);
    await pay(monthStart(today), 3000);
    const wrong = await pay(monthStart(today), 50000);
    await call(b, 'payments/reverse', { id: wrong.id, reason: 'Yanlış kayıt' });
    await call(b, 'credit-notes/create', { customerId: c.id, date: monthStart(today), amount: 500 });

    const trend = await call(b, 'dashboard/trend', {});
    const months = trend.currencies.find((x) => x.currency === 'TRY')!.months;
    expect(months).toHaveLength(12);
    expect(months[0]!.month).toBe(monthsAgo(11));
    expect(months.slice(-3)).toEqual([
      { month: monthsAgo(2), invoiced: 15000, collected: 0 },
      { month: monthsAgo(1), invoiced: 0, collected: 4000 },
      { month: monthStart(today), invoiced: 7000, collected: 3000 },
    ]);
    expect(months.reduce((sum, m) => sum + m.invoiced, 0)).toBe(22000);
  });
});
