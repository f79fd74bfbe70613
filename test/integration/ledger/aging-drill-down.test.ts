import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { addDays } from '../../../src-shared/dates/business-date';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import { bucketDueRange } from '../../../src-shared/domain/reports/aging-buckets';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const daysAgo = (n: number) => addDays(today, -n);
const BOUNDS = [30, 60, 90, 120];

/** What was owed on an invoice at the end of `day`, worked out from its own record (reversals happen today). */
const openOn = (invoice: Invoice, day: string): number =>
  invoice.issueDate > day
    ? 0
    : invoice.total -
      invoice.allocations.filter((a) => a.date <= day && (!a.reversed || day < today)).reduce((s, a) => s + a.amount, 0) -
      (invoice.writtenOffOn && invoice.writtenOffOn <= day ? invoice.writtenOffAmount : 0);

async function randomLedger(b: Backend): Promise<Invoice[]> {
  let seed = 3;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const customers = [];
  for (let i = 0; i < 5; i++) customers.push(await call(b, 'customers/create', { title: `Yaşlandırma ${i}` }));
  const ids: number[] = [];
  for (let i = 0; i < 90; i++) {
    const customer = customers[i % customers.length]!;
    const age = Math.floor(random() * 300);
    const currency = random() < 0.8 ? 'TRY' : 'EUR';
    const invoice = await call(b, 'invoices/create', {
      customerId: customer.id,
      issueDate: daysAgo(age + 30),
      dueDate: daysAgo(age - Math.floor(random() * 60)),
      total: 1000 + Math.floor(random() * 90000),
      currency,
    });
    ids.push(invoice.id);
    if (random() < 0.5) {
      const payment = await call(b, 'payments/record', {
        customerId: customer.id,
        date: daysAgo(Math.floor(random() * age)),
        amount: 500 + Math.floor(random() * 50000),
        currency,
        method: 'bank_transfer',
      });
      if (random() < 0.15) await call(b, 'payments/reverse', { id: payment.id, reason: 'test iptal' });
    }
    if (random() < 0.05)
      await call(b, 'invoices/write-off', { id: invoice.id, reason: 'Tahsil edilemez', date: daysAgo(Math.floor(age / 2)) });
  }
  return Promise.all(ids.map((id) => call(b, 'invoices/get', { id })));
}

describe('aging drill-down (invoices/list openOn + due range)', () => {
  it('lists exactly the invoices behind each bucket of the report, today and on past days', async () => {
    const b = await testBackend(undefined, now);
    const invoices = await randomLedger(b);
    let checkedCells = 0;
    for (const asOf of [today, daysAgo(45), daysAgo(150)]) {
      const report = await call(b, 'reports/aging', { asOf, bounds: BOUNDS, limit: 1000 });
      const rows = [...report.rows, ...report.totals.map((t) => ({ ...t, customerId: undefined }))];
      for (const row of rows) {
        for (const [bucket, amount] of row.buckets.entries()) {
          const range = bucketDueRange(asOf, BOUNDS, bucket);
          const filter = {
            openOn: asOf,
            currency: row.currency,
            ...range,
            ...(row.customerId ? { customerId: row.customerId } : {}),
          };
          const listed = (await call(b, 'invoices/list', { ...filter, sort: 'due_asc', limit: 500 })).items.map((i) => i.id);
          const expected = invoices.filter(
            (i) =>
              i.currency === row.currency &&
              (row.customerId === undefined || i.customerId === row.customerId) &&
              (!range.dueFrom || i.dueDate >= range.dueFrom) &&
              (!range.dueTo || i.dueDate <= range.dueTo) &&
              openOn(i, asOf) > 0,
          );
          expect(listed.sort((x, y) => x - y)).toEqual(expected.map((i) => i.id).sort((x, y) => x - y));
          expect(expected.reduce((sum, i) => sum + openOn(i, asOf), 0)).toBe(amount);
          if (asOf === today) {
            const [totals] = await call(b, 'invoices/totals', filter);
            expect(totals?.open ?? 0).toBe(amount);
          }
          if (amount > 0) checkedCells++;
        }
      }
    }
    expect(checkedCells).toBeGreaterThan(30);
  });
});
