import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { currentAgingSql } from '../../../src-main/features/reports/aging-query';
import { addDays } from '../../../src-shared/dates/business-date';
import { balancesBothWays } from '../../support/ledger-checks';
import { testStoreIsPostgres } from '../../support/pg-databases';
import { storeSql } from '../../support/store-sql';
import { call, refused, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

async function setup() {
  const b = await testBackend(undefined, now);
  const customer = await call(b, 'customers/create', { title: 'Toros Kimya A.Ş.' });
  const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-06-01', total: 50000 });
  return { b, customer, invoice };
}

describe('disputes', () => {
  it('holds a disputed invoice out of automatic allocation until it is resolved', async () => {
    const { b, customer, invoice } = await setup();
    const other = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-07-01', total: 10000 });
    const dispute = await call(b, 'disputes/open', {
      invoiceId: invoice.id,
      reason: 'quality',
      amount: 20000,
      note: '3 varil sızdırıyor',
    });
    expect(dispute).toMatchObject({ status: 'open', invoiceNumber: invoice.number, currency: 'TRY' });
    expect((await call(b, 'invoices/get', { id: invoice.id })).status).toBe('disputed');
    const payment = await call(b, 'payments/record', {
      customerId: customer.id,
      date: today,
      amount: 60000,
      method: 'bank_transfer',
    });
    expect(payment.allocations.map((a) => a.invoiceId)).toEqual([other.id]);
    expect((await call(b, 'invoices/list', { status: 'disputed' })).items.map((i) => i.id)).toEqual([invoice.id]);
  });

  it('accepted: a credit note for the disputed part; rejected: owed as before; never twice', async () => {
    const { b, customer, invoice } = await setup();
    const dispute = await call(b, 'disputes/open', { invoiceId: invoice.id, reason: 'price', amount: 15000 });
    const accepted = await call(b, 'disputes/resolve', { id: dispute.id, outcome: 'accepted', note: 'Fiyat farkı kabul edildi' });
    expect(accepted.status).toBe('accepted');
    const credit = await call(b, 'payments/get', { id: accepted.creditNoteId! });
    expect(credit).toMatchObject({ kind: 'credit_note', amount: 15000, invoiceId: invoice.id });
    expect(await call(b, 'invoices/get', { id: invoice.id })).toMatchObject({ openAmount: 35000, status: 'overdue' });
    expect((await refused(b, 'disputes/resolve', { id: dispute.id, outcome: 'rejected' })).kind).toBe('conflict');

    const second = await call(b, 'disputes/open', { invoiceId: invoice.id, reason: 'quantity', amount: 1000 });
    expect((await call(b, 'disputes/resolve', { id: second.id, outcome: 'rejected' })).creditNoteId).toBeNull();
    expect((await call(b, 'invoices/get', { id: invoice.id })).openAmount).toBe(35000);
    const { byDocuments, byOpenItems } = await balancesBothWays(b, customer.id);
    expect(byOpenItems).toEqual(byDocuments);
  });

  it('refuses a disputed amount above what is open', async () => {
    const { b, invoice } = await setup();
    const error = await refused(b, 'disputes/open', { invoiceId: invoice.id, reason: 'other', amount: 50001 });
    expect(error.issues?.[0]).toMatchObject({ path: ['amount'], key: 'validation.disputeTooLarge' });
    expect(await storeSql(b).value('select count(*) from disputes')).toBe(0);
  });
});

describe('promises to pay', () => {
  it('is kept when payments in its window cover it, broken when the day passes, pending before', async () => {
    const { b, customer } = await setup();
    const kept = await call(b, 'promises/create', {
      customerId: customer.id,
      amount: 20000,
      promisedDate: '2026-08-15',
      madeOn: '2026-08-01',
    });
    const broken = await call(b, 'promises/create', {
      customerId: customer.id,
      amount: 30000,
      promisedDate: '2026-09-30',
      madeOn: '2026-09-01',
    });
    const pending = await call(b, 'promises/create', { customerId: customer.id, amount: 5000, promisedDate: addDays(today, 10) });
    await call(b, 'payments/record', { customerId: customer.id, date: '2026-08-10', amount: 20000, method: 'bank_transfer' });
    await call(b, 'payments/record', { customerId: customer.id, date: '2026-09-10', amount: 10000, method: 'cash' });
    const byId = Object.fromEntries((await call(b, 'promises/list', { customerId: customer.id })).map((p) => [p.id, p]));
    expect(byId[kept.id]).toMatchObject({ status: 'kept', paidSoFar: 20000 });
    expect(byId[broken.id]).toMatchObject({ status: 'broken', paidSoFar: 10000 });
    expect(byId[pending.id]).toMatchObject({ status: 'pending', paidSoFar: 0 });
    expect((await call(b, 'promises/cancel', { id: pending.id })).status).toBe('cancelled');
    expect((await refused(b, 'promises/cancel', { id: kept.id })).kind).toBe('conflict');
    const early = await refused(b, 'promises/create', {
      customerId: customer.id,
      amount: 100,
      promisedDate: '2026-01-01',
      madeOn: '2026-02-01',
    });
    expect(early.issues?.[0]?.key).toBe('validation.promiseBeforeMade');
  });
});

describe('timeline', () => {
  it('answers an empty page for a customer with no history and not found for one that does not exist', async () => {
    const b = await testBackend(undefined, now);
    const quiet = await call(b, 'customers/create', { title: 'Sessiz Ltd' });
    expect(await call(b, 'customers/timeline', { id: quiet.id })).toEqual({ items: [], nextCursor: null });
    expect((await refused(b, 'customers/timeline', { id: quiet.id + 1 })).kind).toBe('not_found');
    expect((await refused(b, 'customers/account', { id: quiet.id + 1 })).kind).toBe('not_found');
  });

  it('merges every event of a customer newest first and pages through them', async () => {
    const { b, customer, invoice } = await setup();
    const payment = await call(b, 'payments/record', {
      customerId: customer.id,
      date: '2026-06-20',
      amount: 10000,
      method: 'cheque',
      reference: 'Çek 123',
    });
    await call(b, 'disputes/open', { invoiceId: invoice.id, reason: 'quality', amount: 5000, date: '2026-06-25' });
    await call(b, 'promises/create', {
      customerId: customer.id,
      amount: 20000,
      promisedDate: '2026-07-15',
      madeOn: '2026-07-01',
    });
    await call(b, 'activities/log', {
      customerId: customer.id,
      kind: 'call',
      summary: 'Muhasebe arandı',
      outcome: 'promised',
      occurredAt: '2026-07-01T09:30:00+03:00',
    });
    await call(b, 'payments/reverse', { id: payment.id, reason: 'Çek karşılıksız' });
    const other = await call(b, 'customers/create', { title: 'Başka' });
    await call(b, 'activities/log', { customerId: other.id, kind: 'note', summary: 'görünmemeli' });

    const kinds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'customers/timeline', { id: customer.id, limit: 2, ...(cursor ? { cursor } : {}) });
      kinds.push(...page.items.map((i) => `${i.kind}@${i.at.slice(0, 10)}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(kinds).toEqual([
      `reversal@${now().toISOString().slice(0, 10)}`,
      'promise@2026-07-01',
      'activity@2026-07-01',
      'dispute_opened@2026-06-25',
      'payment@2026-06-20',
      'invoice@2026-06-01',
    ]);
    const all = await call(b, 'customers/timeline', { id: customer.id });
    expect(all.items.find((i) => i.kind === 'payment')).toMatchObject({
      title: 'cheque',
      detail: 'Çek 123',
      amount: 10000,
      currency: 'TRY',
      code: 'cheque',
    });
    // The UI translates codes, never parses text: the kind, reason and outcome come as their own fields.
    expect(all.items.find((i) => i.kind === 'activity')).toMatchObject({
      title: 'Muhasebe arandı',
      code: 'call',
      outcome: 'promised',
      amount: null,
    });
    expect(all.items.find((i) => i.kind === 'dispute_opened')).toMatchObject({
      title: invoice.number,
      code: 'quality',
      invoiceId: invoice.id,
      amount: 5000,
    });
    expect(all.items.find((i) => i.kind === 'reversal')).toMatchObject({ code: 'payment', detail: 'Çek karşılıksız' });
    expect(all.items.find((i) => i.kind === 'invoice')).toMatchObject({ invoiceId: invoice.id, code: null });
  });

  it('pages to the same history at any page size, with ties of one moment across kinds', async () => {
    const b = await testBackend(undefined, now);
    // Demo rows share one creation time: many entries of a day sort on the same moment.
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 10, invoices: 600, seed: 7 });
    const customerId = 1;
    await call(b, 'payments/reverse', {
      id: (await storeSql(b).value<number>('select id from payments where customer_id = ? order by id limit 1', customerId))!,
      reason: 'Yanlış cari',
    });
    const walk = async (limit: number) => {
      const keys: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(b, 'customers/timeline', { id: customerId, limit, ...(cursor ? { cursor } : {}) });
        keys.push(...page.items.map((i) => `${i.kind}:${i.refId}`));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return keys;
    };
    const big = await walk(200);
    const count = async (table: string, where = '') =>
      (await storeSql(b).value(`select count(*) from ${table} where customer_id = ? ${where}`, customerId))!;
    const expected =
      (await count('invoices')) * 1 +
      (await count('invoices', 'and written_off_on is not null')) +
      (await count('payments')) +
      (await count('payments', 'and reversed_at is not null')) +
      (await count('disputes')) +
      (await count('disputes', 'and resolved_on is not null')) +
      (await count('promises')) +
      (await count('activities')) +
      (await count('cheque_events'));
    expect(big).toHaveLength(expected);
    expect(new Set(big).size).toBe(big.length);
    expect(await walk(7)).toEqual(big);
    expect(await walk(1)).toEqual(big);
  });
});

// EXPLAIN QUERY PLAN and its wording are SQLite's own; the server's planner is checked below with its own EXPLAIN.
describe.skipIf(testStoreIsPostgres())('timeline indexes (SQLite file)', () => {
  it('reads the card through per-customer indexes, not by sorting or reading the whole history', async () => {
    const b = await testBackend(undefined, now);
    const plan = (text: string) =>
      (b.store.raw.prepare(`explain query plan ${text}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    const invoices = plan(
      `select id from invoices where customer_id = 1 order by issue_date || substr(created_at, 11) desc, id desc limit 31`,
    );
    expect(invoices).toContain('invoices_timeline');
    expect(invoices).not.toContain('TEMP B-TREE');
    const payments = plan(
      `select id from payments where customer_id = 1 and kind = 'payment' order by date || substr(created_at, 11) desc, id desc limit 31`,
    );
    expect(payments).toContain('payments_timeline');
    expect(payments).not.toContain('TEMP B-TREE');
    // The risk segment's figures (reports/risk.ts) come from covering indexes: no invoice row is read.
    expect(
      plan(`select sum(total) from invoices where customer_id = 1 and paid_date is not null and written_off_amount = 0
        and paid_date >= '2025-01-01'`),
    ).toContain('COVERING INDEX invoices_paid_by_customer');
    expect(
      plan(`select currency, sum(open_amount) from invoices where customer_id = 1 and open_amount > 0 group by currency`),
    ).toContain('COVERING INDEX invoices_open_by_customer');
    // The aging report, which now prefers the per-customer open index, still reads no invoice row.
    const [openAging] = currentAgingSql(b.store.db, { asOf: today, bounds: [30, 60, 90, 120] });
    const compiled = openAging.compile(b.store.db);
    const agingPlan = (
      b.store.raw.prepare(`explain query plan ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(agingPlan).toContain('COVERING INDEX');
    // What was paid towards a promise, as promises/list and the risk segment ask it.
    expect(
      plan(`select sum(p.amount) from payments p where p.customer_id = 1 and p.currency = 'TRY' and p.kind = 'payment'
        and p.reversed_at is null and p.date >= '2026-01-01' and p.date <= '2026-02-01'`),
    ).toContain('COVERING INDEX payments_live_by_customer');
  });
});

/**
 * The same card queries on a PostgreSQL server, over a ledger of some size with fresh statistics (as autovacuum keeps
 * them): its planner reads each through a per-customer (or open-invoice) index, never the whole table, and never
 * sorts what it read (an Incremental Sort only orders the ties of one moment by id, which SQLite's index holds as its
 * rowid and a server's does not). A server reads the heap after a bitmap scan, so "covering" is SQLite's test only.
 */
describe.skipIf(!testStoreIsPostgres())('timeline indexes (PostgreSQL server)', () => {
  it('reads the card through per-customer indexes, not by sorting or reading the whole history', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, null, { customers: 40, invoices: 4000, seed: 7 });
    await storeSql(b).run('vacuum analyze');
    const plan = async (query: { sql: string; parameters: readonly unknown[] }) => {
      const explained = CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]);
      const { rows } = await b.store.db.executeQuery<Record<string, string>>(explained);
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(text, query.sql).not.toMatch(/(^|->\s+)Sort\b|Seq Scan/m);
      return text;
    };
    const text = (sqlText: string) => plan({ sql: sqlText, parameters: [] });
    const byCustomer = /Index Cond: \(+customer_id = 1\)/;
    expect(
      await text(
        `select id from invoices where customer_id = 1 order by issue_date || substr(created_at, 11) desc, id desc limit 31`,
      ),
    ).toContain('Index Scan Backward using invoices_timeline');
    expect(
      await text(`select id from payments where customer_id = 1 and kind = 'payment'
        order by date || substr(created_at, 11) desc, id desc limit 31`),
    ).toContain('Index Scan Backward using payments_timeline');
    // The risk segment's figures (reports/risk.ts).
    expect(
      await text(`select sum(total) from invoices where customer_id = 1 and paid_date is not null and written_off_amount = 0
        and paid_date >= '2025-01-01'`),
    ).toMatch(byCustomer);
    expect(
      await text(`select currency, sum(open_amount) from invoices where customer_id = 1 and open_amount > 0 group by currency`),
    ).toMatch(byCustomer);
    // The aging report reads the open invoices through an index of them.
    const [openAging] = currentAgingSql(b.store.db, { asOf: today, bounds: [30, 60, 90, 120] });
    expect(await plan(openAging.compile(b.store.db))).toContain('Index Scan on invoices_open');
    // What was paid towards a promise, as promises/list and the risk segment ask it.
    expect(
      await text(`select sum(p.amount) from payments p where p.customer_id = 1 and p.currency = 'TRY' and p.kind = 'payment'
        and p.reversed_at is null and p.date >= '2026-01-01' and p.date <= '2026-02-01'`),
    ).toContain('payments_live_by_customer');
  });
});
