import { addDays, todayLocal } from '../../src-shared/dates/business-date';
import type { Currency } from '../../src-shared/money/currency';
import { call, type TestBackend } from './test-backend';

const CURRENCIES: Currency[] = ['TRY', 'TRY', 'USD', 'EUR'];

/**
 * A reproducible collections desk through the real methods: invoices in several currencies, payments (some
 * reversed), open and rejected disputes, payment plans (one broken), promises made before and after payments,
 * and cheques (some at the bank, some bounced, one held as collateral).
 */
export async function randomCollections(b: TestBackend, seed: number, customers = 8, invoices = 60): Promise<void> {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const day = (n: number) => addDays(todayLocal(b.now()), n);
  const ids: number[] = [];
  for (let i = 0; i < customers; i++) ids.push((await call(b, 'customers/create', { title: `Cari ${seed}-${i}` })).id);

  const made: { id: number; customerId: number; currency: Currency }[] = [];
  for (let i = 0; i < invoices; i++) {
    const customerId = pick(ids);
    const currency = pick(CURRENCIES);
    const due = int(-90, 50);
    const invoice = await call(b, 'invoices/create', {
      customerId,
      issueDate: day(Math.min(0, due - int(0, 30))),
      dueDate: day(due),
      total: int(1_000, 200_000),
      currency,
    });
    made.push({ id: invoice.id, customerId, currency });
  }
  const pay = async (customerId: number, currency: Currency, date: string) => {
    const payment = await call(b, 'payments/record', {
      customerId,
      currency,
      date,
      amount: int(500, 80_000),
      method: 'bank_transfer',
    });
    if (random() < 0.15) await call(b, 'payments/reverse', { id: payment.id, reason: 'yanlış kayıt' });
  };
  for (let i = 0; i < invoices / 3; i++) await pay(pick(ids), pick(CURRENCIES), day(-int(0, 60)));

  for (const inv of made) {
    if (random() < 0.2) {
      const open = (await call(b, 'invoices/get', { id: inv.id })).openAmount;
      if (open === 0) continue;
      const dispute = await call(b, 'disputes/open', {
        invoiceId: inv.id,
        reason: 'price',
        amount: Math.max(1, Math.floor(open / 2)),
      });
      if (random() < 0.3) await call(b, 'disputes/resolve', { id: dispute.id, outcome: 'rejected' });
    }
  }

  // Plans over one or two open invoices of a customer in one currency, two rows each.
  let plans = 0;
  for (const inv of made) {
    if (plans >= 4 || random() > 0.15) continue;
    const open = (await call(b, 'invoices/get', { id: inv.id })).openAmount;
    if (open < 2) continue;
    const first = Math.floor(open / 2);
    const plan = await b.dispatch('plans/create', {
      customerId: inv.customerId,
      currency: inv.currency,
      invoiceIds: [inv.id],
      frequency: { kind: 'monthly', day: 1 },
      startDate: day(int(1, 20)),
      rows: [
        { dueDate: day(int(1, 20)), amount: first },
        { dueDate: day(int(25, 55)), amount: open - first },
      ],
    });
    if (!plan.ok) continue;
    plans += 1;
    // One plan broken (its rest still owed and expected, but dunned again); the demo of `keepPlansCurrent` is elsewhere.
    if (plans === 2)
      await b.store.db
        .updateTable('payment_plans')
        .set({ status: 'broken' })
        .where('id', '=', (plan.value as { id: number }).id)
        .execute();
  }

  // Promises: some made before payments of the same day (which must not count), some paid after, some broken.
  for (let i = 0; i < customers; i++) {
    const customerId = pick(ids);
    const currency = pick(CURRENCIES);
    if (random() < 0.5) await pay(customerId, currency, day(0)); // recorded before the promise below
    const madeOn = random() < 0.5 ? day(0) : day(-int(1, 20));
    const promisedDate = addDays(madeOn, int(0, 30));
    await call(b, 'promises/create', { customerId, currency, amount: int(5_000, 90_000), madeOn, promisedDate });
    const later = addDays(madeOn, int(0, 5));
    if (random() < 0.5) await pay(customerId, currency, later > day(0) ? day(0) : later);
  }

  // Cheques and notes: received (settling invoices), some at the bank, bounced, or held as collateral.
  for (let i = 0; i < customers / 2; i++) {
    const cheque = await call(b, 'cheques/record', {
      kind: 'cheque',
      customerId: pick(ids),
      serialNumber: `S${seed}-${i}`,
      bank: 'Ziraat Bankası',
      drawer: 'Keşideci A.Ş.',
      issueDate: day(-5),
      dueDate: day(int(-10, 60)),
      amount: int(1_000, 50_000),
      currency: pick(CURRENCIES),
      receivedOn: day(-int(0, 5)),
    });
    const to = pick(['portfolio', 'at_bank', 'bounced', 'collateral'] as const);
    if (to !== 'portfolio')
      await b.dispatch('cheques/transition', { id: cheque.id, to, date: day(0), counterparty: 'Halk Bankası' });
  }
}
