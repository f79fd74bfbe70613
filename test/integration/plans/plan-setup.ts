import { addDays } from '../../../src-shared/dates/business-date';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

export const { today, now } = fixedClock();
export const daysFromToday = (n: number) => addDays(today, n);

/** A backend with one customer and two overdue invoices (1.000,00 and 2.000,00 TL). */
export async function planSetup() {
  const b = await testBackend(undefined, now);
  const customer = await call(b, 'customers/create', { title: 'Ege Tekstil', paymentTermsDays: 30 });
  const invoice = (total: number, issueDaysAgo: number, currency: 'TRY' | 'EUR' = 'TRY') =>
    call(b, 'invoices/create', { customerId: customer.id, issueDate: daysFromToday(-issueDaysAgo), total, currency });
  const first = await invoice(100_000, 90);
  const second = await invoice(200_000, 60);
  const pay = (amount: number) =>
    call(b, 'payments/record', { customerId: customer.id, date: today, amount, method: 'bank_transfer', allocate: 'auto' });
  /** Three monthly rows of 1.000,00 over both invoices (3.000,00), the first `firstDue` days from today. */
  const createPlan = (args: Partial<MethodInput<'plans/create'>> = {}, firstDue = 10) =>
    call(b, 'plans/create', {
      customerId: customer.id,
      scope: 'overdue',
      frequency: { kind: 'monthly', day: 1 },
      startDate: daysFromToday(firstDue),
      rows: [0, 30, 60].map((d) => ({ dueDate: daysFromToday(firstDue + d), amount: 100_000 })),
      ...args,
    });
  return { b, customer, first, second, invoice, pay, createPlan };
}
