import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { scoreRisk } from '../../../src-main/features/reports/risk';
import { NO_HISTORY, riskFactorsOf } from '../../../src-main/features/reports/risk-factors';
import { keepRiskCurrent, refreshRiskOnLedgerChange } from '../../../src-main/features/reports/risk-store';
import { addDays } from '../../../src-shared/dates/business-date';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const daysAgo = (n: number) => addDays(today, -n);

/** Every customer's segment as the list shows it, and as customers/risk computes it right now. */
async function listedVsComputed(b: Backend) {
  const listed = (await call(b, 'customers/list', { status: 'all', limit: 500 })).items;
  const computed = await Promise.all(listed.map(async (c) => (await call(b, 'customers/risk', { id: c.id })).segment));
  return { listed: listed.map((c) => c.riskSegment), computed };
}

describe('stored risk segment on the customer list', () => {
  it('is worked out again by every ledger change before it commits, and filters the list', async () => {
    const b = await testBackend(undefined, now);
    const prompt = await call(b, 'customers/create', { title: 'Dakik Ltd.' });
    const late = await call(b, 'customers/create', { title: 'Geciken A.Ş.' });
    await call(b, 'customers/create', { title: 'Yeni Müşteri' });
    for (let i = 0; i < 3; i++) {
      await call(b, 'invoices/create', {
        customerId: prompt.id,
        issueDate: daysAgo(60 + i),
        dueDate: daysAgo(30 + i),
        total: 1000,
      });
      await call(b, 'payments/record', {
        customerId: prompt.id,
        date: daysAgo(30 + i),
        amount: 1000,
        method: 'cash',
      });
    }
    expect((await listedVsComputed(b)).listed).toEqual(['A', 'B', 'B']);

    const big = await call(b, 'invoices/create', {
      customerId: late.id,
      issueDate: daysAgo(200),
      dueDate: daysAgo(170),
      total: 90000,
    });
    // Three smaller invoices paid about 100 days late; the big one still wholly overdue.
    for (let i = 0; i < 3; i++) {
      const small = await call(b, 'invoices/create', {
        customerId: late.id,
        issueDate: daysAgo(150),
        dueDate: daysAgo(120),
        total: 5000,
      });
      await call(b, 'payments/record', {
        customerId: late.id,
        date: daysAgo(20),
        amount: 5000,
        method: 'cash',
        allocate: [{ invoiceId: small.id, amount: 5000 }],
      });
    }
    let both = await listedVsComputed(b);
    expect(both.listed).toEqual(both.computed);
    expect(both.listed[1]).toBe('D');
    const dOnly = await call(b, 'customers/list', { risk: 'D' });
    expect(dOnly.items.map((c) => c.id)).toEqual([late.id]);
    expect(dOnly.total).toBe(1);

    // Writing the old debt off works the segment out again in the same write: stored before any list reads.
    await call(b, 'invoices/write-off', { id: big.id, reason: 'Tahsil edilemez' });
    const [stored] = await storeSql(b).all<{ segment: string; refreshed_on: string }>(
      'select segment, refreshed_on from customer_risk where customer_id = ?',
      late.id,
    );
    expect(stored).toEqual({ segment: (await call(b, 'customers/risk', { id: late.id })).segment, refreshed_on: today });
    expect(stored!.segment).not.toBe('D');
    both = await listedVsComputed(b);
    expect(both.listed).toEqual(both.computed);
    expect((await call(b, 'customers/list', { risk: 'B' })).items.map((c) => c.title)).toContain('Yeni Müşteri');
  });

  it('marks the segments of a bulk write stale and recomputes them before the list reads', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 60, invoices: 600, seed: 4 });
    await call(b, 'customers/list', { limit: 1 }); // everyone's segments of the day
    const ids = (await storeSql(b).all<{ id: number }>('select id from customers order by id')).map((r) => r.id);
    await b.store.db
      .transaction()
      .execute((trx) => refreshRiskOnLedgerChange({ db: trx, now }, [{ type: 'ledger/changed', customerIds: ids }]));
    const stale = await storeSql(b).all<{ n: number }>("select count(*) as n from customer_risk where refreshed_on = ''");
    expect(Number(stale[0]!.n)).toBe(60);
    const { listed, computed } = await listedVsComputed(b);
    expect(listed).toEqual(computed);
    expect(await storeSql(b).all("select customer_id from customer_risk where refreshed_on = ''")).toEqual([]);
  });

  it('computes everyone once a day, also after a bulk load that wrote no segments', async () => {
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 40, invoices: 2000, seed: 9 });
    const { listed, computed } = await listedVsComputed(b);
    expect(listed).toEqual(computed);
    expect(new Set(listed).size).toBeGreaterThan(1);

    // Forty days later, with no ledger change, overdue ratios have moved: the first list of that day recomputes.
    const later = addDays(today, 40);
    await keepRiskCurrent(b.store.db, later);
    const stored = await storeSql(b).all<{ customer_id: number; segment: string; refreshed_on: string }>(
      'select customer_id, segment, refreshed_on from customer_risk order by customer_id',
    );
    const factors = await riskFactorsOf(b.store.db, later, 'all');
    expect(stored).toHaveLength(40);
    for (const row of stored) {
      expect(row.refreshed_on).toBe(later);
      expect(row.segment).toBe(scoreRisk(row.customer_id, factors.get(row.customer_id) ?? NO_HISTORY).segment);
    }
  });
});
