import { addDays } from '../../../src-shared/dates/business-date';
import { addMonths, monthStart } from '../../../src-shared/dates/months';
import type { Currency } from '../../../src-shared/money/currency';
import type { PlanStatus } from '../../../src-main/store/tables/plans';
import { insertPlanRows } from '../../support/plan-rows';
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
   * A payment plan written straight into its tables (`insertPlanRows`): instalments numbered from 1, each
   * [due date, amount, paid so far].
   */
  const plan = (
    customerId: number,
    instalments: [string, number, number?][],
    opts: { status?: PlanStatus; currency?: Currency; invoiceIds?: number[] } = {},
  ) =>
    insertPlanRows(b.store.db, {
      customerId,
      currency: opts.currency ?? 'TRY',
      status: opts.status ?? 'active',
      startDate: instalments[0]![0],
      statusDate: today,
      createdAt: clock().toISOString(),
      // A plan covers what was open on the invoice when it was made.
      invoices: (opts.invoiceIds ?? []).map((invoiceId) => ({ invoiceId })),
      instalments: instalments.map(([dueDate, amount, paid]) => ({ dueDate, amount, paid: paid ?? 0 })),
    });

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
