import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { finishDemo } from '../../../src-main/features/demo/demo-finish';
import { todayLocal } from '../../../src-shared/dates/business-date';
import { ledgerInvariantBreaks } from '../../support/ledger-invariants';
import { call, testBackend, type TestBackend } from '../../support/test-backend';

const statuses = async (b: TestBackend) =>
  Object.fromEntries(
    (
      await b.store.db
        .selectFrom('cheques')
        .select(['kind', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['kind', 'status'])
        .execute()
    ).map((r) => [`${r.kind}:${r.status}`, r.n]),
  );

const titles = async (b: TestBackend) =>
  (await b.store.db.selectFrom('customers').select('title').orderBy('id').execute()).map((r) => r.title);

// Each test builds one or two demo ledgers of thousands of rows: over the default timeout on a busy machine.
describe('the demo company', { timeout: 90_000 }, () => {
  it('has distinct, realistic customer titles with no numbers in them, the same for the same seed', async () => {
    const a = await testBackend();
    const b = await testBackend();
    // More customers than stem × trade pairs, so titles must be told apart by shape and legal form.
    await fillDemoCompany(a.store.db, () => a.store.raw, { customers: 2500, invoices: 500, seed: 11, today: '2026-11-20' });
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 2500, invoices: 500, seed: 11, today: '2026-11-20' });
    const made = await titles(a);
    expect(made).toHaveLength(2500);
    expect(new Set(made.map((t) => t.toLocaleLowerCase('tr'))).size).toBe(2500);
    expect(made.filter((t) => /\d/.test(t))).toEqual([]);
    // No word twice in a title ("Tarım Ürünleri Ürünleri").
    expect(made.filter((t) => new Set(t.split(' ')).size < t.split(' ').length)).toEqual([]);
    expect(made.every((t) => /(Ltd\. Şti\.|A\.Ş\.|Koll\. Şti\.)$/.test(t))).toBe(true);
    expect(await titles(b)).toEqual(made);
  });

  it('holds a cheque and note portfolio in several states, dishonoured ones through the handlers, deterministic', async () => {
    const b = await testBackend();
    const summary = await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 60, invoices: 3000, seed: 5 });
    await finishDemo(b.dispatch, summary.chequeSteps);
    const db = b.store.db;
    const counts = await statuses(b);
    for (const state of [
      'cheque:portfolio',
      'cheque:at_bank',
      'cheque:collected',
      'cheque:endorsed',
      'cheque:bounced',
      'note:portfolio',
      'note:protested',
    ])
      expect(counts[state], state).toBeGreaterThan(0);
    expect(Object.keys(counts).some((k) => k.endsWith(':legal'))).toBe(true);
    // A bounced cheque took its money back: its payment is reversed and the debt is open again, to the kuruş.
    const bounced = await db
      .selectFrom('cheques as c')
      .leftJoin('payments as p', 'p.id', 'c.payment_id')
      .select(['c.id', 'p.reversed_at'])
      .where('c.status', 'in', ['bounced', 'protested', 'legal'])
      .execute();
    expect(bounced.length).toBeGreaterThan(0);
    expect(bounced.filter((c) => c.reversed_at === null)).toEqual([]);
    expect(await ledgerInvariantBreaks(db)).toEqual({ openAmount: 0, unallocated: 0, negative: 0 });
    // Every cheque's history starts with its receipt and ends in its current state, dated in order.
    const broken = await sql<{ n: number }>`select count(*) as n from cheques c
      where c.status <> (select to_status from cheque_events e where e.cheque_id = c.id order by e.id desc limit 1)
        or exists (select 1 from cheque_events e where e.cheque_id = c.id
          and (e.date < c.received_on or e.date > ${todayLocal()}))`.execute(db);
    expect(broken.rows[0]!.n).toBe(0);
    const portfolio = await call(b, 'cheques/summary', {});
    expect(portfolio).toBeTruthy();
    // The same seed gives the same portfolio.
    const again = await testBackend();
    const second = await fillDemoCompany(again.store.db, () => again.store.raw, { customers: 60, invoices: 3000, seed: 5 });
    await finishDemo(again.dispatch, second.chequeSteps);
    const rows = (other: TestBackend) =>
      other.store.db
        .selectFrom('cheques')
        .select(['serial_number', 'drawer', 'due_date', 'amount', 'status'])
        .orderBy('id')
        .execute();
    expect(await rows(again)).toEqual(await rows(b));
  });

  it('is made from the app as a company of its own and opened, leaving the user’s company as it was', async () => {
    const b = await testBackend();
    await call(b, 'companies/rename', { id: 'default', name: 'Benim şirketim' });
    await call(b, 'customers/create', { title: 'Kendi Carim Ltd. Şti.' });
    const demo = await call(b, 'companies/create-demo', {});
    expect(demo).toMatchObject({ name: 'Demo şirketi', current: true });
    expect(demo.id).not.toBe('default');
    expect((await call(b, 'company-profile/get', {})).title).toBe('Örnek Toptan Ticaret A.Ş.');
    const customers = await call(b, 'customers/list', { limit: 5 });
    expect(customers.items.length).toBe(5);
    expect(customers.items.map((c) => c.title)).not.toContain('Kendi Carim Ltd. Şti.');
    expect((await call(b, 'cheques/list', { status: 'bounced', limit: 5 })).items.length).toBeGreaterThan(0);
    // A statement can be printed at once: the demo has its company details.
    const first = customers.items[0]!;
    expect((await call(b, 'statements/render', { customerId: first.id, kind: 'statement' })).pages).toBeGreaterThan(0);
    // The user's own company is untouched, one switch away.
    await call(b, 'companies/open', { id: 'default' });
    expect((await call(b, 'customers/list', { limit: 5 })).items.map((c) => c.title)).toEqual(['Kendi Carim Ltd. Şti.']);
    expect((await call(b, 'company-profile/get', {})).configured).toBe(false);
    expect((await call(b, 'companies/list', {})).map((c) => c.name).sort()).toEqual(['Benim şirketim', 'Demo şirketi']);
  });
});
