/**
 * The month grid and the agenda against a reference worked out here from the plain rows (the receivables rules:
 * open invoices less what live plans cover, unpaid instalments of live plans, live cheques, standing promises), on
 * the store the suite runs on (`VADE_TEST_STORE=postgres` for the server). Every day's largest items, its count and
 * its totals per currency, and every agenda page, must be exactly the reference's.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { fillDemoCompany } from '../../../src-main/features/demo/demo-company';
import { topOfEachDay } from '../../../src-main/features/calendar/calendar-items';
import { addDays } from '../../../src-shared/dates/business-date';
import { calendarItemsInput, type CalendarItemsQuery } from '../../../src-shared/domain/calendar/schemas';
import type { CalendarDay, CalendarItem } from '../../../src-shared/domain/calendar/types';
import type { MethodInput } from '../../../src-shared/contract/methods';
import { insertPlanRows } from '../../support/plan-rows';
import { call, testBackend, type TestBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const from = addDays(today, -20);
const to = addDays(today, 40);

interface Ref {
  kind: string;
  id: number;
  date: string;
  customerId: number;
  amount: number;
  currency: string;
}

/** Every expected item of the range, worked out in TypeScript from the rows (no calendar SQL). */
async function referenceItems(b: TestBackend): Promise<Ref[]> {
  const db = b.store.db;
  const live = new Set(['active', 'broken']);
  const plans = new Map(
    (await db.selectFrom('payment_plans').select(['id', 'status']).execute()).map((p) => [p.id, p.status as string]),
  );
  const covered = new Map<number, number>();
  for (const pi of await db.selectFrom('plan_invoices').select(['plan_id', 'invoice_id', 'amount']).execute())
    if (live.has(plans.get(pi.plan_id)!)) covered.set(pi.invoice_id, (covered.get(pi.invoice_id) ?? 0) + pi.amount);
  const items: Ref[] = [];
  const inRange = (d: string) => d >= from && d <= to;
  for (const i of await db
    .selectFrom('invoices')
    .select(['id', 'customer_id', 'due_date', 'open_amount', 'currency'])
    .execute()) {
    const amount = i.open_amount - Math.min(i.open_amount, covered.get(i.id) ?? 0);
    if (i.open_amount > 0 && amount > 0 && inRange(i.due_date))
      items.push({ kind: 'invoice', id: i.id, date: i.due_date, customerId: i.customer_id, amount, currency: i.currency });
  }
  for (const n of await db.selectFrom('plan_instalments').selectAll().execute())
    if (n.paid_amount < n.amount && inRange(n.due_date) && live.has(plans.get(n.plan_id)!))
      items.push({
        kind: 'instalment',
        id: n.id,
        date: n.due_date,
        customerId: n.customer_id,
        amount: n.amount - n.paid_amount,
        currency: n.currency,
      });
  for (const c of await db.selectFrom('cheques').selectAll().execute())
    if ((c.status === 'portfolio' || c.status === 'at_bank') && inRange(c.due_date))
      items.push({
        kind: 'cheque',
        id: c.id,
        date: c.due_date,
        customerId: c.customer_id,
        amount: c.amount,
        currency: c.currency,
      });
  const paid = new Map(
    (await db.selectFrom('promise_paid').select(['promise_id', 'paid']).execute()).map((p) => [p.promise_id, p.paid]),
  );
  for (const p of await db.selectFrom('promises').selectAll().execute()) {
    const unpaid = p.amount - (paid.get(p.id) ?? 0);
    if (p.status === 'pending' && p.made_on <= today && p.promised_date >= today && unpaid > 0 && inRange(p.promised_date))
      items.push({
        kind: 'promise',
        id: p.id,
        date: p.promised_date,
        customerId: p.customer_id,
        amount: unpaid,
        currency: p.currency,
      });
  }
  // Day order, largest first, then kind and id (byte order, as both stores compare text here).
  const byte = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return items.sort((a, b) => byte(a.date, b.date) || b.amount - a.amount || byte(a.kind, b.kind) || a.id - b.id);
}

function referenceDays(items: Ref[]): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const item of items) {
    let day = days.at(-1);
    if (day?.date !== item.date) days.push((day = { date: item.date, count: 0, totals: [] }));
    day.count++;
    const total = day.totals.find((t) => t.currency === item.currency);
    if (total) total.amount += item.amount;
    else day.totals.push({ currency: item.currency as CalendarDay['totals'][number]['currency'], amount: item.amount });
  }
  for (const day of days) day.totals.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return days;
}

const light = (i: CalendarItem | Ref) => [i.date, i.kind, i.id, i.customerId, i.amount, i.currency];

/** A seeded company: the demo ledger, plans of every status over some of its invoices, and standing promises. */
async function seeded(): Promise<{ b: TestBackend; segments: Map<number, string> }> {
  const b = await testBackend(undefined, now);
  await fillDemoCompany(b.store.db, () => b.store.raw, { customers: 30, invoices: 2500, today });
  // Plans over some open invoices of the range: active and broken ones take over what they cover (in part or in
  // full), cancelled, completed and replanned ones give it back to the invoice.
  const open = await b.store.db
    .selectFrom('invoices')
    .select(['id', 'customer_id', 'currency', 'open_amount'])
    .where('open_amount', '>', 0)
    .where('due_date', '>=', today)
    .where('due_date', '<=', to)
    .orderBy('open_amount', 'desc')
    .limit(8)
    .execute();
  const statuses = ['active', 'broken', 'cancelled', 'completed', 'active', 'replanned', 'broken', 'active'] as const;
  for (const [n, inv] of open.entries())
    await insertPlanRows(b.store.db, {
      customerId: inv.customer_id,
      currency: inv.currency,
      status: statuses[n]!,
      startDate: today,
      statusDate: today,
      createdAt: now().toISOString(),
      // Every other plan covers only part of its invoice: the rest stays expected on the due date.
      invoices: [{ invoiceId: inv.id, ...(n % 2 === 1 ? { amount: Math.floor(inv.open_amount / 3) } : {}) }],
      instalments: [
        { dueDate: addDays(today, 3 + n), amount: Math.floor(inv.open_amount / 2) },
        { dueDate: addDays(today, 10 + n), amount: Math.ceil(inv.open_amount / 2), paid: n % 3 === 0 ? 1 : 0 },
      ],
    });
  // A few standing promises on days that hold other items.
  for (const n of [0, 1, 2])
    await call(b, 'promises/create', {
      customerId: n + 1,
      currency: 'TRY',
      amount: 700_000 + n,
      promisedDate: addDays(today, 5 + n),
    });
  // The segments the calendar filters by are the stored ones (a first call works them out).
  await call(b, 'calendar/items', { from, to, perDay: 1 });
  const rows = await sql<{ customer_id: number; segment: string }>`select customer_id, segment from customer_risk`.execute(
    b.store.db,
  );
  return { b, segments: new Map(rows.rows.map((r) => [r.customer_id, r.segment])) };
}

const PAGE = 4;

type Scope = [string, Partial<CalendarItemsQuery>, (r: Ref) => boolean];

describe('the month grid and the agenda against the rows', () => {
  it('gives each day its largest items, count and totals, and pages the agenda through every item, exactly', async () => {
    const { b, segments } = await seeded();
    const all = await referenceItems(b);
    // The fixture is what makes this a check: full days, covered invoices, instalments, cheques and promises.
    expect(new Set(all.map((r) => r.kind))).toEqual(new Set(['invoice', 'instalment', 'cheque', 'promise']));
    expect(referenceDays(all).filter((d) => d.count > 3).length).toBeGreaterThan(10);
    // Agenda pages that end inside a day, so the next starts past the cursor within it.
    expect(referenceDays(all).some((d) => d.count > PAGE)).toBe(true);
    const scopes: Scope[] = [
      ['everyone', {}, () => true],
      ['one customer', { customerId: 2 }, (r) => r.customerId === 2],
      ...(['A', 'B', 'C', 'D'] as const).map((s): Scope => [
        `risk ${s}`,
        { segment: s },
        (r) => (segments.get(r.customerId) ?? 'B') === s,
      ]),
      ['invoices and promises', { kinds: ['invoice', 'promise'] }, (r) => r.kind === 'invoice' || r.kind === 'promise'],
    ];
    for (const [name, scope, keep] of scopes) {
      const reference = all.filter(keep);
      const days = referenceDays(reference);
      for (const perDay of [1, 3]) {
        const grid = await call(b, 'calendar/items', { from, to, perDay, ...scope } as MethodInput<'calendar/items'>);
        expect(grid.days, `${name}: days`).toEqual(days);
        const taken = new Map<string, number>();
        const tops = reference.filter((r) => {
          taken.set(r.date, (taken.get(r.date) ?? 0) + 1);
          return taken.get(r.date)! <= perDay;
        });
        expect(grid.items.map(light), `${name}: the largest ${perDay} of each day`).toEqual(tops.map(light));
        // SQLite reads a range of a few items at once and larger ones day by day (a statement kept prepared): both.
        const q = { ...calendarItemsInput.parse({ from, to, ...scope }), perDay };
        const dayByDay = await topOfEachDay(b.store.db, q, grid.days, today, 0, () => b.store.raw);
        expect(
          dayByDay.map((r) => [r.date, r.kind, r.id, r.customer_id, r.amount, r.currency]),
          `${name}: day by day`,
        ).toEqual(tops.map(light));
      }
      const seen: CalendarItem[] = [];
      let cursor: string | undefined;
      do {
        const args = { from, to, limit: PAGE, ...scope, ...(cursor ? { cursor } : {}) } as MethodInput<'calendar/items'>;
        const page = await call(b, 'calendar/items', args);
        if (!cursor) expect(page.days, `${name}: the agenda's days`).toEqual(days);
        seen.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.map(light), `${name}: the agenda`).toEqual(reference.map(light));
    }
  }, 120_000);
});
