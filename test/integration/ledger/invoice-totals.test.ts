import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { totalsFromRows } from '../../../src-main/features/invoices/invoices-totals';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { addDays } from '../../../src-shared/dates/business-date';
import { INVOICE_STATUSES, invoiceListInput } from '../../../src-shared/domain/invoices/schemas';
import { collectionsBothWays, forecastGroupsBothWays, promisePaidBothWays, summaryVsRows } from '../../support/ledger-checks';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const daysAgo = (n: number) => addDays(today, -n);

/** The filters the totals answer from the summary, each compared with a count over the rows. */
const FILTERS: Record<string, unknown>[] = [
  {},
  { openOnly: true },
  { currency: 'USD' },
  { dueFrom: daysAgo(60), dueTo: daysAgo(10) },
  { status: 'overdue', today: daysAgo(40) },
  ...INVOICE_STATUSES.flatMap((status) => [{ status }, { status, currency: 'TRY' }, { status, dueTo: daysAgo(30) }]),
];

async function expectTotalsAgree(b: Backend): Promise<void> {
  const { kept, recomputed } = await summaryVsRows(b);
  expect(kept).toEqual(recomputed);
  // The forecast's open amounts by customer and by lateness band are kept by triggers on the same writes.
  const forecast = await forecastGroupsBothWays(b);
  expect(forecast.kept).toEqual(forecast.counted);
  const collections = await collectionsBothWays(b);
  expect(collections.kept).toEqual(collections.counted);
  const promised = await promisePaidBothWays(b);
  expect(promised.kept).toEqual(promised.counted);
  for (const filter of FILTERS) {
    const q = invoiceListInput.parse(filter);
    const fromRows = await totalsFromRows(b.store.db, q, { today: q.today ?? today, ledgerDay: today });
    expect({ filter, totals: await call(b, 'invoices/totals', filter) }).toEqual({ filter, totals: fromRows });
  }
}

describe('invoice totals from the kept summary', () => {
  it('always equal a recount of the rows after random ledger operations', async () => {
    const b = await testBackend(undefined, now);
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const customers = [];
    for (let i = 0; i < 4; i++) customers.push(await call(b, 'customers/create', { title: `Özet ${i}` }));
    const invoiceIds: number[] = [];
    const paymentIds: number[] = [];
    const disputeIds: number[] = [];
    const currency = () => (random() < 0.75 ? 'TRY' : 'USD') as 'TRY' | 'USD';
    const attempt = async (work: () => Promise<unknown>) => {
      // Some random operations are refused (nothing open, locked invoice…); a refusal must change nothing.
      try {
        await work();
      } catch {
        /* refused */
      }
    };

    for (let step = 0; step < 160; step++) {
      const customer = pick(customers);
      const roll = random();
      if (roll < 0.35 || invoiceIds.length === 0) {
        const age = Math.floor(random() * 200);
        const invoice = await call(b, 'invoices/create', {
          customerId: customer.id,
          issueDate: daysAgo(age + 20),
          dueDate: daysAgo(age - Math.floor(random() * 40)),
          total: 1000 + Math.floor(random() * 50000),
          currency: currency(),
        });
        invoiceIds.push(invoice.id);
      } else if (roll < 0.55) {
        const payment = await call(b, 'payments/record', {
          customerId: customer.id,
          date: daysAgo(Math.floor(random() * 30)),
          amount: 500 + Math.floor(random() * 40000),
          currency: currency(),
          method: (['cash', 'bank_transfer', 'card'] as const)[step % 3]!,
        });
        paymentIds.push(payment.id);
      } else if (roll < 0.59) {
        // A promise over a window that payments before and after it fall into.
        const madeAgo = Math.floor(random() * 40);
        await call(b, 'promises/create', {
          customerId: customer.id,
          amount: 1000 + Math.floor(random() * 20000),
          currency: currency(),
          madeOn: daysAgo(madeAgo),
          promisedDate: daysAgo(madeAgo - 1 - Math.floor(random() * 20)),
        });
      } else if (roll < 0.62 && paymentIds.length > 0) {
        await attempt(() => call(b, 'payments/reverse', { id: pick(paymentIds), reason: 'Hatalı kayıt' }));
      } else if (roll < 0.68) {
        await attempt(() => call(b, 'invoices/write-off', { id: pick(invoiceIds), reason: 'Tahsil edilemez' }));
      } else if (roll < 0.76) {
        await attempt(async () => {
          const dispute = await call(b, 'disputes/open', { invoiceId: pick(invoiceIds), reason: 'price', amount: 300 });
          disputeIds.push(dispute.id);
        });
      } else if (roll < 0.84 && disputeIds.length > 0) {
        const outcome = random() < 0.5 ? 'accepted' : 'rejected';
        await attempt(() => call(b, 'disputes/resolve', { id: pick(disputeIds), outcome }));
      } else if (roll < 0.9) {
        const invoice = await call(b, 'invoices/get', { id: pick(invoiceIds) });
        await attempt(() =>
          call(b, 'credit-notes/create', {
            customerId: invoice.customerId,
            date: today,
            amount: 200 + Math.floor(random() * 5000),
            currency: invoice.currency,
            invoiceId: invoice.id,
          }),
        );
      } else {
        // Due date, amount and currency move an unpaid invoice to another summary row.
        await attempt(() =>
          call(b, 'invoices/update', {
            id: pick(invoiceIds),
            dueDate: daysAgo(Math.floor(random() * 100) - 50),
            total: 2000 + Math.floor(random() * 9000),
            currency: currency(),
          }),
        );
      }
      if (step % 20 === 19) await expectTotalsAgree(b);
    }
    const all = await call(b, 'invoices/totals', {});
    expect(all.map((t) => t.currency)).toEqual(['TRY', 'USD']);
    const states = await storeSql(b).values<string>('select distinct state from invoice_summary where count > 0');
    expect(states).toEqual(expect.arrayContaining(['paid', 'partial', 'full', 'disputed', 'written_off']));
    // Customers moved between bands on the way (own history after three paid invoices, then changing).
    const bands = await storeSql(b).values('select distinct band from open_by_lateness_due');
    expect(bands.filter((band) => band >= 0).length).toBeGreaterThan(0);
    // Some promises were paid towards, by payments recorded after them and before.
    const paidPromises = await storeSql(b).value('select count(*) from promise_paid where paid > 0');
    expect(paidPromises).toBeGreaterThan(1);
  });

  it('is kept by bulk loads too (the demo company writes with raw statements)', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 30, invoices: 3000, seed: 5 });
    await expectTotalsAgree(b);
  });
});
