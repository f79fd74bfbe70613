import type { Backend } from '../../../src-main/backend';
import { addDays } from '../../../src-shared/dates/business-date';
import { call } from '../../support/test-backend';
import { COMPANY } from '../statements/ledger-fixture';

/** A company with a bank account (IBANs in messages) and a customer with an email to remind. */
export async function remindable(b: Backend, title = 'Anadolu Yapı Ltd. Şti.', email = 'muhasebe@anadolu.com.tr') {
  return call(b, 'customers/create', { title, email });
}

export async function setUpReminders(b: Backend): Promise<void> {
  await call(b, 'company-profile/update', COMPANY);
}

export const invoice = (
  b: Backend,
  customerId: number,
  number: string,
  dueDate: string,
  total = 100_000,
  currency: 'TRY' | 'USD' = 'TRY',
) => call(b, 'invoices/create', { customerId, number, issueDate: addDays(dueDate, -30), dueDate, total, currency });

/** A run on a day; a weekend or holiday is refused unless `allowClosedDay` (as the CLI may ask). */
export const runOn = (b: Backend, today: string, options: { allowClosedDay?: boolean } = {}) =>
  call(b, 'reminders/run-now', { today, ...options });

/** What the engine wrote to the shared outbox, oldest first. */
export const outbox = (b: Backend) => b.store.db.selectFrom('outbox_messages').selectAll().orderBy('id').execute();

export const tasks = (b: Backend) => b.store.db.selectFrom('reminder_tasks').selectAll().orderBy('id').execute();
