import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { dueItems } from '../../../src-main/features/reminders/due-items';
import { expectedByDay } from '../../../src-main/features/receivables/expected-collections';
import { promiseStandings } from '../../../src-main/features/receivables/promise-standing';
import {
  countsTowardsPromise,
  LIVE_PLAN_STATUSES,
  overduePart,
  promisedCover,
  promiseState,
  type OverduePart,
} from '../../../src-main/features/receivables/receivable-rules';
import { receivablesByCustomer } from '../../../src-main/features/receivables/receivables-by-customer';
import { CHASE_COLUMN } from '../../../src-main/features/customers/customer-chase';
import { refreshFiguresOf } from '../../../src-main/features/customers/customer-figures';
import type { InvoicesTable } from '../../../src-main/store/tables/ledger';
import { addDays } from '../../../src-shared/dates/business-date';
import { randomCollections } from '../../support/random-collections';
import { storeSql } from '../../support/store-sql';
import { call, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();
const key = (...parts: (string | number)[]) => parts.join('|');
const add = (map: Map<string, number>, k: string, amount: number) => map.set(k, (map.get(k) ?? 0) + amount);
const nonZero = (map: Map<string, number>) => new Map([...map].filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b)));

/** The ledger's facts read straight from the tables, and the module's rules (TypeScript) applied to them. */
async function byTheRules(b: Backend) {
  const q = storeSql(b);
  const invoices = await q.all<Omit<InvoicesTable, 'id'> & { id: number }>('select * from invoices');
  const plans = await q.all<{ invoice_id: number; amount: number; status: string }>(
    'select pi.invoice_id, pi.amount, p.status from plan_invoices pi join payment_plans p on p.id = pi.plan_id',
  );
  const live = (status: string) => (LIVE_PLAN_STATUSES as readonly string[]).includes(status);
  const overdue = new Map<string, number>();
  for (const inv of invoices) {
    const part = overduePart(
      {
        openAmount: inv.open_amount,
        dueDate: inv.due_date,
        openDisputes: inv.open_disputes,
        inActivePlan: plans.some((p) => p.invoice_id === inv.id && p.status === 'active'),
      },
      today,
    );
    if (part) add(overdue, key(inv.customer_id, inv.currency, part), inv.open_amount);
  }
  const covered = (inv: (typeof invoices)[number]) =>
    Math.min(
      inv.open_amount,
      plans.filter((p) => p.invoice_id === inv.id && live(p.status)).reduce((s, p) => s + p.amount, 0),
    );

  const payments = await q.all<{
    customer_id: number;
    currency: string;
    kind: 'payment' | 'credit_note';
    reversed_at: string | null;
    date: string;
    amount: number;
    created_at: string;
  }>('select * from payments');
  const promises = (
    await q.all<{
      id: number;
      customer_id: number;
      currency: string;
      amount: number;
      made_on: string;
      promised_date: string;
      created_at: string;
      status: string;
    }>('select * from promises')
  ).map((pr) => {
    const paid = payments
      .filter((p) =>
        countsTowardsPromise(
          {
            customerId: p.customer_id,
            currency: p.currency,
            kind: p.kind,
            reversedAt: p.reversed_at,
            date: p.date,
            createdAt: p.created_at,
          },
          {
            customerId: pr.customer_id,
            currency: pr.currency,
            madeOn: pr.made_on,
            promisedDate: pr.promised_date,
            createdAt: pr.created_at,
          },
        ),
      )
      .reduce((s, p) => s + p.amount, 0);
    const state = promiseState({ status: pr.status, amount: pr.amount, promisedDate: pr.promised_date, paid }, today);
    return { ...pr, paid, standing: state === 'pending' && pr.made_on <= today };
  });

  /** Expected per customer, currency and day, kind by kind as the rules say. */
  const expected = new Map<string, number>();
  /** Of that, what fell due before today on invoices and instalments (cheques past maturity are expected now). */
  const overdueExpected = new Map<string, number>();
  const expect_ = (customerId: number, currency: string, date: string, amount: number, cheque = false) => {
    add(expected, key(customerId, currency, date), amount);
    if (date < today && !cheque) add(overdueExpected, key(customerId, currency), amount);
  };
  for (const inv of invoices)
    if (inv.open_amount > 0 && inv.open_amount - covered(inv) > 0)
      expect_(inv.customer_id, inv.currency, inv.due_date, inv.open_amount - covered(inv));
  for (const n of await q.all<{
    customer_id: number;
    currency: string;
    due_date: string;
    amount: number;
    paid_amount: number;
    status: string;
  }>(`select n.* , p.status from plan_instalments n join payment_plans p on p.id = n.plan_id where n.paid_amount < n.amount`))
    if (live(n.status)) expect_(n.customer_id, n.currency, n.due_date, n.amount - n.paid_amount);
  for (const c of await q.all<{ customer_id: number; currency: string; due_date: string; amount: number }>(
    "select * from cheques where status in ('portfolio', 'at_bank')",
  ))
    expect_(c.customer_id, c.currency, c.due_date, c.amount, true);
  for (const pr of promises) if (pr.standing) expect_(pr.customer_id, pr.currency, pr.promised_date, pr.amount - pr.paid);

  const part = (customerId: number, currency: string, p: OverduePart) => overdue.get(key(customerId, currency, p)) ?? 0;
  return { invoices, promises, part, expected, overdueExpected, plans };
}

async function checkAgreement(b: Backend) {
  const rules = await byTheRules(b);
  const module = await receivablesByCustomer(b.store.db, today);

  // The module's fast path equals its rules.
  for (const r of module) {
    expect([r.overdueDisputed, r.overdueInPlan, r.toChase]).toEqual([
      rules.part(r.customerId, r.currency, 'disputed'),
      rules.part(r.customerId, r.currency, 'in_plan'),
      rules.part(r.customerId, r.currency, 'to_chase'),
    ]);
    const chased = rules.invoices.filter(
      (i) =>
        i.customer_id === r.customerId &&
        i.currency === r.currency &&
        overduePart(
          {
            openAmount: i.open_amount,
            dueDate: i.due_date,
            openDisputes: i.open_disputes,
            inActivePlan: rules.plans.some((p) => p.invoice_id === i.id && p.status === 'active'),
          },
          today,
        ) === 'to_chase',
    );
    expect(r.oldestToChase).toBe(chased.length ? chased.map((i) => i.due_date).sort()[0] : null);
  }
  const kept = new Map(
    (await storeSql(b).all<{ promise_id: number; paid: number }>('select promise_id, paid from promise_paid')).map((r) => [
      r.promise_id,
      r.paid,
    ]),
  );
  for (const pr of rules.promises) expect(kept.get(pr.id)).toBe(pr.paid);

  // Customer card: the overdue and its parts, per currency; the customer list: the same overdue, and the first day
  // from today with something expected by the rules, with its sum.
  const customerIds = [...new Set(rules.invoices.map((i) => i.customer_id))];
  const listedFigures = new Map(
    (await call(b, 'customers/list', { status: 'all', limit: 500 })).items.map((c) => [c.id, c.figures]),
  );
  for (const id of customerIds) {
    const account = await call(b, 'customers/account', { id });
    for (const c of account.currencies) {
      const m = module.find((r) => r.customerId === id && r.currency === c.currency);
      expect([c.overdue, c.overdueDisputed, c.overdueInPlan]).toEqual([
        m?.overdue ?? 0,
        m?.overdueDisputed ?? 0,
        m?.overdueInPlan ?? 0,
      ]);
    }
    for (const f of listedFigures.get(id) ?? []) {
      expect(f.overdue).toBe(module.find((r) => r.customerId === id && r.currency === f.currency)?.overdue ?? 0);
      const ahead = [...rules.expected]
        .map(([k, amount]) => ({ parts: k.split('|'), amount }))
        .filter(({ parts, amount }) => parts[0] === String(id) && parts[1] === f.currency && parts[2]! >= today && amount > 0);
      const first = ahead.map(({ parts }) => parts[2]!).sort()[0];
      expect(f.nextExpected).toEqual(
        first
          ? { day: first, amount: ahead.filter(({ parts }) => parts[2] === first).reduce((sum, e) => sum + e.amount, 0) }
          : null,
      );
    }
    const promises = await call(b, 'promises/list', { customerId: id });
    for (const p of promises) expect(p.paidSoFar).toBe(Math.min(p.amount, rules.promises.find((r) => r.id === p.id)!.paid));
  }

  // The kept part to chase (Today reads it) is the module's, account by account: as everyone's day step keeps it
  // (the list above ran it), and as a write keeps one customer's.
  const keptChase = async () =>
    new Map(
      (
        await storeSql(b).all<{ customer_id: number; currency: string; to_chase: number; oldest: string | null }>(
          'select customer_id, currency, to_chase, oldest_to_chase_due as oldest from customer_figures where to_chase <> 0',
        )
      ).map((r) => [key(r.customer_id, r.currency), [Number(r.to_chase), r.oldest]]),
    );
  const moduleChase = new Map(
    module.filter((r) => r.toChase !== 0).map((r) => [key(r.customerId, r.currency), [r.toChase, r.oldestToChase]]),
  );
  // Today's row per customer: each currency's amount to chase in its column, the oldest due day of them all.
  const moduleByCustomer = new Map<number, { amounts: Map<string, number>; oldest: string }>();
  for (const r of module.filter((m) => m.toChase > 0)) {
    const found = moduleByCustomer.get(r.customerId) ?? { amounts: new Map(), oldest: r.oldestToChase! };
    found.amounts.set(r.currency, r.toChase);
    if (r.oldestToChase! < found.oldest) found.oldest = r.oldestToChase!;
    moduleByCustomer.set(r.customerId, found);
  }
  const keptByCustomer = async () =>
    new Map(
      (await storeSql(b).all<Record<string, string | number>>('select * from customer_chase')).map((r) => [
        Number(r.customer_id),
        {
          amounts: new Map(
            Object.entries(CHASE_COLUMN)
              .filter(([, column]) => Number(r[column]) !== 0)
              .map(([currency, column]) => [currency, Number(r[column])]),
          ),
          oldest: r.oldest_due,
        },
      ]),
    );
  expect(await keptChase()).toEqual(moduleChase);
  expect(await keptByCustomer()).toEqual(moduleByCustomer);
  await b.store.db.deleteFrom('customer_figures').execute();
  await b.store.db.deleteFrom('customer_chase').execute();
  await refreshFiguresOf(b.store.db, now(), customerIds);
  expect(await keptChase()).toEqual(moduleChase);
  expect(await keptByCustomer()).toEqual(moduleByCustomer);

  // Dashboard and the invoice list: the same overdue per currency, the disputed part shown apart.
  const kpis = await call(b, 'dashboard/kpis', {});
  for (const c of kpis.currencies) {
    const mine = module.filter((r) => r.currency === c.currency);
    const overdue = mine.reduce((s, r) => s + r.overdue, 0);
    const disputed = mine.reduce((s, r) => s + r.overdueDisputed, 0);
    expect([c.current.overdue, c.overdueDisputed]).toEqual([overdue, disputed]);
    const listed = await call(b, 'invoices/totals', { status: 'overdue', currency: c.currency });
    expect(listed[0]?.open ?? 0).toBe(overdue - disputed);
  }

  // The dashboard's risk segments: each account's open and overdue invoice amounts (money paid ahead is no part of
  // them), counted and summed under the customer's stored segment (none stored: B).
  const segments = await call(b, 'dashboard/segments', {});
  const stored = new Map(
    (await storeSql(b).all<{ customer_id: number; segment: string }>('select customer_id, segment from customer_risk')).map(
      (r) => [r.customer_id, r.segment],
    ),
  );
  const accounts = new Map<string, { open: number; overdue: number }>();
  for (const inv of rules.invoices) {
    if (inv.open_amount <= 0) continue;
    const account = accounts.get(key(inv.customer_id, inv.currency)) ?? { open: 0, overdue: 0 };
    account.open += inv.open_amount;
    if (inv.due_date < today) account.overdue += inv.open_amount;
    accounts.set(key(inv.customer_id, inv.currency), account);
  }
  const wantSegments = new Map<string, number>();
  for (const [k, { open, overdue }] of accounts) {
    const [customerId, currency] = k.split('|');
    const segmentKey = key(currency!, stored.get(Number(customerId)) ?? 'B');
    add(wantSegments, `${segmentKey}|customers`, 1);
    add(wantSegments, `${segmentKey}|open`, open);
    add(wantSegments, `${segmentKey}|overdue`, overdue);
  }
  const gotSegments = new Map<string, number>();
  for (const c of segments.currencies)
    for (const s of c.segments)
      for (const [name, value] of Object.entries({ customers: s.customers, open: s.open, overdue: s.overdue }))
        add(gotSegments, `${key(c.currency, s.segment)}|${name}`, value);
  expect(nonZero(gotSegments)).toEqual(nonZero(wantSegments));

  // Reminders name exactly what there is to chase, and Today lists who has something to chase and no standing promise.
  const chase = new Map<string, number>();
  for (const item of await dueItems(b.store.db, addDays(today, -1))) add(chase, key(item.customerId, item.currency), item.open);
  expect(nonZero(chase)).toEqual(nonZero(new Map(module.map((r) => [key(r.customerId, r.currency), r.toChase]))));
  const standings = await promiseStandings(b.store.db, today, addDays(today, -30));
  const list = await call(b, 'today/list', { limit: 500 });
  const waiting = new Set(rules.promises.filter((p) => p.standing).map((p) => p.customer_id));
  expect(standings.customersWaiting).toEqual(waiting);
  const listed = new Map<string, number>();
  for (const item of list.items) for (const o of item.overdue) add(listed, key(item.customerId, o.currency), o.amount);
  const toList = new Map(module.filter((r) => !waiting.has(r.customerId)).map((r) => [key(r.customerId, r.currency), r.toChase]));
  expect(nonZero(listed)).toEqual(nonZero(toList));

  // Calendar: items and day totals over two months from today equal the expected collections of the rules.
  const from = today;
  const to = addDays(today, 61);
  const inRange = new Map([...rules.expected].filter(([k]) => k.split('|')[2]! >= from && k.split('|')[2]! <= to));
  const calendar = await call(b, 'calendar/items', { from, to, limit: 1000 });
  const items = new Map<string, number>();
  for (const i of calendar.items) add(items, key(i.customerId, i.currency, i.date), i.amount);
  expect(nonZero(items)).toEqual(nonZero(inRange));
  const dayTotals = new Map<string, number>();
  for (const d of calendar.days) for (const t of d.totals) add(dayTotals, key(d.date, t.currency), t.amount);
  const ruleDays = new Map<string, number>();
  for (const [k, v] of inRange) add(ruleDays, key(k.split('|')[2]!, k.split('|')[1]!), v);
  expect(nonZero(dayTotals)).toEqual(nonZero(ruleDays));
  const moduleDays = new Map<string, number>();
  for (const e of await expectedByDay(b.store.db, { from, to }, today))
    add(moduleDays, key(e.customerId, e.currency, e.date), e.amount);
  expect(nonZero(moduleDays)).toEqual(nonZero(inRange));

  // Forecast (as scheduled): every expected item in full on its day (a cheque past maturity: today), and the overdue
  // less what standing promises take over of it — per currency, nothing summed across.
  const forecast = await call(b, 'dashboard/forecast', { granularity: 'week', periods: 13 });
  const wantTotal = new Map<string, number>();
  const wantOverdue = new Map<string, number>();
  for (const [k, v] of rules.expected) add(wantTotal, k.split('|')[1]!, v);
  for (const [k, v] of rules.overdueExpected) add(wantOverdue, k.split('|')[1]!, v);
  const promised = new Map<string, number>();
  for (const pr of rules.promises) if (pr.standing) add(promised, key(pr.customer_id, pr.currency), pr.amount - pr.paid);
  for (const [k, v] of promised) {
    const cover = promisedCover(v, rules.overdueExpected.get(k) ?? 0);
    add(wantTotal, k.split('|')[1]!, -cover);
    add(wantOverdue, k.split('|')[1]!, -cover);
  }
  for (const c of forecast.currencies) {
    const total = c.overdue + c.periods.reduce((s, p) => s + p.scheduled, 0) + c.later.scheduled;
    // Each period is rounded once; a promise's share of the overdue is fractional.
    expect(Math.abs(total - (wantTotal.get(c.currency) ?? 0))).toBeLessThanOrEqual(c.periods.length + 2);
    expect(Math.abs(c.overdue - (wantOverdue.get(c.currency) ?? 0))).toBeLessThanOrEqual(1);
  }
  // The weeks of the forecast hold what the calendar expects on their days (cheques past maturity in the first).
  for (const c of forecast.currencies)
    for (const p of c.periods.slice(1, 8)) {
      const days = await call(b, 'calendar/items', { from: p.from, to: p.to, perDay: 1 });
      const sum = days.days
        .flatMap((d) => d.totals)
        .filter((t) => t.currency === c.currency)
        .reduce((s, t) => s + t.amount, 0);
      expect(p.scheduled).toBe(sum);
    }
}

describe('one definition of what is owed, promised and expected', () => {
  for (const seed of [11, 2027, 90_001])
    it(`every view agrees with the receivables module on a random ledger (seed ${seed})`, async () => {
      const b = await testBackend(undefined, now);
      await randomCollections(b, seed);
      // The ledger holds every case the views could disagree on.
      const some = async (sqlText: string) => ((await storeSql(b).value(sqlText)) ?? 0) > 0;
      expect({
        activePlans: await some("select count(*) as n from payment_plans where status = 'active'"),
        brokenPlans: await some("select count(*) as n from payment_plans where status = 'broken'"),
        openDisputes: await some("select count(*) as n from disputes where status = 'open'"),
        standingPromises: await some(`select count(*) as n from promises pr join promise_paid pp on pp.promise_id = pr.id
          where pr.promised_date >= '${today}' and pp.paid < pr.amount`),
        paidBeforePromise: await some(`select count(*) as n from promises pr join payments p on p.customer_id = pr.customer_id
          and p.currency = pr.currency and p.date >= pr.made_on and p.created_at < pr.created_at`),
        liveCheques: await some("select count(*) as n from cheques where status in ('portfolio', 'at_bank')"),
        reversals: await some('select count(*) as n from payments where reversed_at is not null'),
        currencies:
          ((await storeSql(b).value('select count(distinct currency) as n from invoices where open_amount > 0')) ?? 0) > 1,
      }).toEqual({
        activePlans: true,
        brokenPlans: true,
        openDisputes: true,
        standingPromises: true,
        paidBeforePromise: true,
        liveCheques: true,
        reversals: true,
        currencies: true,
      });
      await checkAgreement(b);
    }, 60_000); // calls every screen: over 20 s on PostgreSQL on a loaded machine
});
