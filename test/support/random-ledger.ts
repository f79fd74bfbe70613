import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import { call, type TestBackend } from './test-backend';

export interface RandomLedgerOptions {
  seed: number;
  customers: number;
  invoices: number;
  /** Invoices are issued up to this many days ago (plus `issueLead`). */
  maxAge: number;
  issueLead: number;
  /** Chances per invoice: a payment follows, that payment is reversed, the invoice is written off. */
  pay: number;
  reverse: number;
  writeOff?: number;
  /**
   * Reverse the chosen payments only at the end. A reversal takes effect today, so a payment recorded after
   * it but dated earlier would make both count on the days between (the aging clamps that per invoice).
   */
  reverseLast?: boolean;
}

/** A reproducible ledger through the real methods: invoices in TRY and USD, payments, reversals, write-offs. */
export async function randomLedger(b: TestBackend, o: RandomLedgerOptions): Promise<void> {
  let seed = o.seed;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const daysAgo = (n: number) => addDays(todayLocal(b.now()), -n);
  const customers = [];
  const toReverse: number[] = [];
  for (let i = 0; i < o.customers; i++) customers.push(await call(b, 'customers/create', { title: `Müşteri ${i}` }));
  for (let i = 0; i < o.invoices; i++) {
    const customer = customers[i % customers.length]!;
    const age = Math.floor(random() * o.maxAge);
    const invoice = await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: daysAgo(age + o.issueLead),
      dueDate: daysAgo(age - Math.floor(random() * 60)),
      total: 1000 + Math.floor(random() * 100000),
      currency: random() < 0.8 ? 'TRY' : 'USD',
    });
    if (random() < o.pay) {
      const payment = await call(b, 'payments/record', {
        customerId: customer.id,
        date: daysAgo(Math.floor(random() * age)),
        amount: 500 + Math.floor(random() * 60000),
        currency: random() < 0.8 ? 'TRY' : 'USD',
        method: 'bank_transfer',
      });
      if (random() < o.reverse) {
        if (o.reverseLast) toReverse.push(payment.id);
        else await call(b, 'payments/reverse', { id: payment.id, reason: 'test iptal' });
      }
    }
    if (o.writeOff && random() < o.writeOff) {
      // An invoice already paid cannot be written off; the random ledger does not mind which.
      const date = daysAgo(Math.floor(random() * age));
      await b.dispatch('invoices/write-off', { id: invoice.id, reason: 'Tahsil edilemez', date });
    }
  }
  for (const id of toReverse) await call(b, 'payments/reverse', { id, reason: 'test iptal' });
}
