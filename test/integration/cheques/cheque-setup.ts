import type { MethodInput } from '../../../src-shared/contract/methods';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

export const { today, now } = fixedClock();

/** A backend with one customer and a helper that receives a cheque or note from them. */
export async function portfolio() {
  const b = await testBackend(undefined, now);
  const customer = await call(b, 'customers/create', { title: 'Ege Tekstil', paymentTermsDays: 30 });
  const receive = (args: Partial<MethodInput<'cheques/record'>> = {}) =>
    call(b, 'cheques/record', {
      kind: 'cheque',
      customerId: customer.id,
      serialNumber: 'A-100200',
      bank: 'Ziraat Bankası',
      branch: 'Konak',
      drawer: 'Ege Tekstil A.Ş.',
      issueDate: today,
      dueDate: '2099-01-15',
      amount: 10000,
      receivedOn: today,
      allocate: 'none',
      ...args,
    });
  return { b, customer, receive };
}
