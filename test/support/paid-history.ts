import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { call, type TestBackend } from './test-backend';

/**
 * A customer's payment history: `count` invoices of `total`, the i-th due `dueDaysAgo + i` days ago (issued
 * 30 days before that) and paid in full `daysLate` days after its due date.
 */
export async function paidLate(
  b: TestBackend,
  customerId: number,
  { count, daysLate, dueDaysAgo = 70, total = 1000 }: { count: number; daysLate: number; dueDaysAgo?: number; total?: number },
): Promise<void> {
  const today = todayLocal(b.now()); // the backend's day, fixed or not
  for (let i = 0; i < count; i++) {
    const due = addDays(today, -dueDaysAgo - i);
    const inv = await call(b, 'invoices/create', { customerId, issueDate: addDays(due, -30), dueDate: due, total });
    await call(b, 'payments/record', {
      customerId,
      date: addDays(due, daysLate),
      amount: total,
      method: 'cash',
      allocate: [{ invoiceId: inv.id, amount: total }],
    });
  }
}
