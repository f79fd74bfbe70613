import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { bandIn } from '../../../src-main/features/dashboard/open-amounts';
import { companyLateness, segmentLateness } from '../../../src-main/features/dashboard/forecast-model';
import { keptLateness } from '../../../src-main/features/dashboard/kept-lateness';
import { latenessBefore } from '../../../src-main/features/dashboard/open-items-on';
import { keepRiskCurrent } from '../../../src-main/features/reports/risk-store';
import { fixedClock } from '../../support/fixed-clock';
import { testBackend } from '../../support/test-backend';

describe('the forecast’s usual lateness read from the kept habits and segments', () => {
  it('is, customer by customer, what every customer’s habit and segment read whole give', async () => {
    const { today, now } = fixedClock();
    const b = await testBackend(undefined, now);
    await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 60, invoices: 4000, today });
    await keepRiskCurrent(b.store.db, today);
    const db = b.store.db;
    // Some customers without a history of their own in each segment: they are expected to pay like their segment.
    const { rows: customers } = await sql<{ id: number }>`select id from customers order by id`.execute(db);
    const ids = customers.map((c) => c.id);
    const bare = ids.slice(0, 8);
    await sql`delete from customer_habits where customer_id in (${sql.join(bare)})`.execute(db);
    for (const [i, id] of bare.entries())
      await sql`update customer_risk set segment = ${'ABCD'[i % 4]!} where customer_id = ${id}`.execute(db);

    // The rules as the forecast applied them before: every habit and every segment read into maps.
    const history = await latenessBefore(db, today, today);
    const { rows: risk } = await sql<{
      customer_id: number;
      segment: string;
    }>`select customer_id, segment from customer_risk`.execute(db);
    const segmentOf = new Map(risk.map((r) => [r.customer_id, r.segment]));
    const bySegment = segmentLateness(history, segmentOf);
    const company = companyLateness(history);
    const expected = (id: number) => {
      const band = bandIn(history, id);
      return band >= 0 ? band : (bySegment.get(segmentOf.get(id) ?? 'B') ?? company);
    };

    const usual = await keptLateness(db);
    await usual.load(ids);
    const lateOf = ids.map((id) => usual.lateOfCustomer(id));
    for (const [i, id] of ids.entries()) expect(lateOf[i]).toBeCloseTo(expected(id), 9);
    for (const id of bare) expect(usual.lateOf(-1, id)).toBeCloseTo(expected(id), 9);
    // The segments differ, or this would not tell a customer's segment from the neutral B.
    expect(new Set(bare.map((id) => expected(id).toFixed(6))).size).toBeGreaterThan(1);
  });
});
