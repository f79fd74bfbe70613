import { addDays } from '../../../src-shared/dates/business-date';
import { addMonths, monthStart } from '../../../src-shared/dates/months';
import type { Currency } from '../../../src-shared/money/currency';
import type { PlanStatus } from '../../../src-main/store/tables/plans';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

export const { today, now } = fixedClock();
/** The first day of next month: every arranged day lies ahead of the fixed today. */
export const base = addMonths(monthStart(today), 1);
export const day = (n: number) => addDays(base, n);

/** A backend with two customers and helpers that arrange what the calendar reads. */
export async function calendarCompany(clock: () => Date = now) {
  const b = await testBackend(undefined, clock);
  const ege = await call(b, 'customers/create', { title: 'Ege Tekstil', paymentTermsDays: 30 });
  const marmara = await call(b, 'customers/create', { title: 'Marmara Gıda', paymentTermsDays: 30 });
  const invoice = (customerId: number, dueDate: string, total: number, currency: Currency = 'TRY') =>
    call(b, 'invoices/create', {
      customerId,
      issueDate: dueDate < today ? addDays(dueDate, -30) : today,
      dueDate,
      total,
      currency,
    });

  /**
   * A payment plan written straight into the shared tables of migration 10 (the plans feature is built
   * elsewhere): instalments numbered from 1, each [due date, amount, paid so far].
   */
  const plan = (
    customerId: number,
    instalments: [string, number, number?][],
    opts: { status?: PlanStatus; currency?: Currency; invoiceIds?: number[] } = {},
  ) => {
    const total = instalments.reduce((sum, [, amount]) => sum + amount, 0);
    const currency = opts.currency ?? 'TRY';
    const planId = Number(
      b.store.raw
        .prepare(
          `insert into payment_plans (customer_id, currency, kind, status, principal, total, frequency, start_date, status_date, created_at)
           values (?, ?, 'instalment', ?, ?, ?, 'custom', ?, ?, ?)`,
        )
        .run(customerId, currency, opts.status ?? 'active', total, total, instalments[0]![0], today, clock().toISOString())
        .lastInsertRowid,
    );
    for (const invoiceId of opts.invoiceIds ?? [])
      // A plan covers what was open on the invoice when it was made.
      b.store.raw
        .prepare('insert into plan_invoices (plan_id, invoice_id, amount) select ?, id, open_amount from invoices where id = ?')
        .run(planId, invoiceId);
    const ids = instalments.map(([due, amount, paid], i) =>
      Number(
        b.store.raw
          .prepare(
            `insert into plan_instalments (plan_id, seq, kind, due_date, amount, paid_amount, customer_id, currency)
             values (?, ?, 'instalment', ?, ?, ?, ?, ?)`,
          )
          .run(planId, i + 1, due, amount, paid ?? 0, customerId, currency).lastInsertRowid,
      ),
    );
    return { planId, ids };
  };

  const cheque = (customerId: number, dueDate: string, amount: number, serialNumber: string) =>
    call(b, 'cheques/record', {
      kind: 'cheque',
      customerId,
      serialNumber,
      bank: 'Ziraat Bankası',
      drawer: 'Keşideci A.Ş.',
      issueDate: today,
      dueDate,
      amount,
      receivedOn: today,
      allocate: 'none',
    });
  return { b, ege, marmara, invoice, plan, cheque };
}
