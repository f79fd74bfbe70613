import type { Insertable } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { InvoicesTable } from '../../../src-main/store/tables/ledger';
import { addDays } from '../../../src-shared/dates/business-date';
import { dailyBothWays, forecastGroupsBothWays, keptHabits, recomputedHabits, summaryVsRows } from '../../support/ledger-checks';
import { customerRows, invoiceRows, turkishCsv, writeFile } from '../../support/import-files';
import { storeSql } from '../../support/store-sql';
import { tempDir } from '../../support/temp-dir';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const day = (n: number) => addDays(today, n);

/** Every figure kept by triggers on `invoices`, next to the same figures grouped from the rows. */
async function expectFiguresAgree(b: Backend, when: string): Promise<void> {
  const summary = await summaryVsRows(b);
  expect({ when, summary: summary.kept }).toEqual({ when, summary: summary.recomputed });
  const daily = await dailyBothWays(b);
  expect({ when, daily: daily.kept }).toEqual({ when, daily: daily.counted });
  expect({ when, habits: await keptHabits(b) }).toEqual({ when, habits: await recomputedHabits(b) });
  const forecast = await forecastGroupsBothWays(b);
  expect({ when, forecast: forecast.kept }).toEqual({ when, forecast: forecast.counted });
}

let numbered = 0;
/** An invoice row as a bulk load writes it: open unless `paidOn` (then settled that day) or `open` is given. */
function row(
  customerId: number,
  currency: 'TRY' | 'USD',
  dueIn: number,
  total: number,
  extra: { open?: number; paidOn?: number; writtenOff?: number; disputes?: number } = {},
): Insertable<InvoicesTable> {
  numbered += 1;
  const settled = extra.paidOn !== undefined;
  return {
    customer_id: customerId,
    number: `TOPLU-${numbered}`,
    number_key: `toplu-${numbered}`,
    issue_date: day(dueIn - 30),
    due_date: day(dueIn),
    currency,
    net: total,
    vat: 0,
    total,
    open_amount: settled || extra.writtenOff ? 0 : (extra.open ?? total),
    written_off_amount: extra.writtenOff ?? 0,
    open_disputes: extra.disputes ?? 0,
    paid_date: settled ? day(extra.paidOn!) : null,
    created_at: now().toISOString(),
    updated_at: now().toISOString(),
    version: 1,
    notes: '',
  };
}

describe('kept invoice figures after writes of many rows in one statement', () => {
  // A server keeps them with statement-level triggers (migration 41): one grouped upsert per statement, which
  // must take in every row, whatever customer, currency, due date or state each has.
  it('take in every row of a multi-row insert, update and delete over customers, currencies and lateness bands', async () => {
    const b = await testBackend(undefined, now);
    const a = await call(b, 'customers/create', { title: 'Toplu Alıcı A.Ş.' });
    const c = await call(b, 'customers/create', { title: 'Çoklu Satır Ltd. Şti.' });
    const invoices = b.store.db.insertInto('invoices');

    // One statement: A's first three settled invoices (10 days late: a lateness band of its own from this very
    // statement) beside A's open ones; C's open, partial, disputed and written-off ones, two per group.
    await invoices
      .values([
        row(a.id, 'TRY', -60, 10_000, { paidOn: -50 }),
        row(a.id, 'TRY', -45, 20_000, { paidOn: -35 }),
        row(a.id, 'USD', -40, 30_000, { paidOn: -30 }),
        row(a.id, 'TRY', 10, 1_500),
        row(a.id, 'TRY', 10, 2_500),
        row(a.id, 'USD', 20, 4_000, { open: 1_000 }),
        row(c.id, 'TRY', 10, 5_000),
        row(c.id, 'TRY', 10, 6_000),
        row(c.id, 'USD', 10, 7_000),
        row(c.id, 'USD', -5, 8_000, { open: 3_000 }),
        row(c.id, 'TRY', -5, 9_000, { disputes: 1 }),
        row(c.id, 'TRY', -5, 9_500, { writtenOff: 9_500 }),
      ])
      .execute();
    await expectFiguresAgree(b, 'first insert');
    const bands = await storeSql(b).all<{ band: number; customer_id: number }>(
      'select distinct band, customer_id from open_by_lateness_due order by 1, 2',
    );
    expect(bands).toEqual([
      { band: -1, customer_id: c.id },
      { band: 10, customer_id: 0 },
    ]);

    // Into rows that exist already (the upsert's update side), and a settled invoice that moves A to another band.
    await invoices
      .values([
        row(a.id, 'TRY', 10, 700),
        row(a.id, 'TRY', -80, 90_000, { paidOn: -20 }),
        row(c.id, 'TRY', 10, 800),
        row(c.id, 'USD', 10, 900),
        row(c.id, 'USD', 30, 1_100),
      ])
      .execute();
    await expectFiguresAgree(b, 'second insert');

    // Many rows in one update and one delete (row triggers on invoices, statement triggers on the kept rows).
    await b.store.db
      .updateTable('invoices')
      .set({ due_date: day(15) })
      .where('customer_id', '=', c.id)
      .execute();
    await expectFiguresAgree(b, 'due dates moved');
    await b.store.db
      .updateTable('invoices')
      .set({ open_amount: 0, paid_date: day(0) })
      .where('customer_id', '=', a.id)
      .where('currency', '=', 'TRY')
      .where('paid_date', 'is', null)
      .execute();
    await expectFiguresAgree(b, 'settled together');
    await b.store.db.deleteFrom('invoices').where('currency', '=', 'USD').execute();
    await expectFiguresAgree(b, 'deleted together');
  });

  it('take in an imported spreadsheet, and then payments, write-offs and reversals on its invoices', async () => {
    const b = await testBackend(undefined, now);
    const dir = tempDir();
    await call(b, 'imports/commit', {
      source: { path: writeFile(dir, 'cariler.csv', turkishCsv(customerRows(3))) },
      kind: 'customers',
    });
    // 60 rows over three customers, both currencies, in one statement (the import inserts up to 500 at a time).
    const path = writeFile(dir, 'faturalar.csv', turkishCsv(invoiceRows(60, 3)));
    const result = await call(b, 'imports/commit', { source: { path }, kind: 'invoices' });
    expect(result.created).toBe(60);
    const [a, c] = await storeSql(b).values('select id from customers order by id');
    await expectFiguresAgree(b, 'import');

    await call(b, 'payments/record', { customerId: a!, date: day(-1), amount: 5_000_00, method: 'cash' });
    await call(b, 'payments/record', { customerId: c!, date: day(-1), amount: 2_000_00, method: 'cash' });
    await expectFiguresAgree(b, 'payments');
    const [open] = await storeSql(b).values('select id from invoices where open_amount > 0 order by id limit 1');
    await call(b, 'invoices/write-off', { id: open!, reason: 'Tahsil edilemez' });
    await expectFiguresAgree(b, 'write-off');
    const [payment] = await storeSql(b).values('select id from payments order by id limit 1');
    await call(b, 'payments/reverse', { id: payment!, reason: 'Hatalı kayıt' });
    await expectFiguresAgree(b, 'reversal');
  });
});
