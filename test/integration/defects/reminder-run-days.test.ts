import { describe, expect, it } from 'vitest';
import { call, refused, testBackend } from '../../support/test-backend';
import { invoice, outbox, remindable, runOn, setUpReminders } from '../reminders/reminder-fixture';

async function overdueCustomer() {
  const b = await testBackend();
  await setUpReminders(b);
  const customer = await remindable(b);
  await invoice(b, customer.id, 'A-1', '2026-10-01');
  return b;
}

describe('reminders/run-now follows the scheduler’s business days', () => {
  it('refuses a weekend or a public holiday, sends nothing, and says why', async () => {
    const b = await overdueCustomer();
    // Saturday 31 October 2026, and 29 October (Cumhuriyet Bayramı, seeded).
    for (const today of ['2026-10-31', '2026-10-29']) {
      const error = await refused(b, 'reminders/run-now', { today });
      expect(error.kind).toBe('conflict');
      expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['today', 'reminders.closedDay']]);
      expect(error.message).toMatch(/iş günü değil/);
    }
    expect(await outbox(b)).toHaveLength(0);
  });

  it('runs on a closed day only when asked to explicitly (the CLI flag)', async () => {
    const b = await overdueCustomer();
    const summary = await call(b, 'reminders/run-now', { today: '2026-10-31', allowClosedDay: true });
    expect(summary.emails + summary.approvals + summary.tasks).toBeGreaterThan(0);
    expect(await runOn(b, '2026-11-02')).toMatchObject({ runDate: '2026-11-02' });
  });

  it('refuses implausible business dates everywhere a day is given', async () => {
    const b = await overdueCustomer();
    for (const today of ['1900-01-01', '9999-12-31']) {
      const error = await refused(b, 'reminders/run-now', { today });
      expect(error.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['today', 'validation.dateRange']]);
      expect(error.issues?.[0]?.message).toMatch(/2000.*2100/);
    }
    const customer = await remindable(b, 'Başka Ltd.', 'b@ornek.com.tr');
    const invoiceIn1900 = await refused(b, 'invoices/create', { customerId: customer.id, issueDate: '1900-01-01', total: 100 });
    expect(invoiceIn1900.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['issueDate', 'validation.dateRange']]);
    const aging = await refused(b, 'reports/aging', { asOf: '9999-01-01' });
    expect(aging.issues?.map((i) => i.key)).toEqual(['validation.dateRange']);
  });
});
