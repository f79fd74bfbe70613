import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import type { CalendarItems } from '../../../src-shared/domain/calendar/types';
import { call, refused } from '../../support/test-backend';
import { calendarCompany, day, today } from './calendar-setup';

const brief = (r: CalendarItems) => r.items.map((i) => [i.date, i.kind, i.customerTitle, i.amount, i.currency]);

/** One of each kind, with paid, closed and covered ones around them that must not show. */
async function arranged() {
  const company = await calendarCompany();
  const { b, ege, marmara, invoice, plan, cheque } = company;
  const partly = await invoice(ege.id, day(3), 10_000);
  await call(b, 'payments/record', {
    customerId: ege.id,
    date: today,
    amount: 2_500,
    method: 'cash',
    allocate: [{ invoiceId: partly.id, amount: 2_500 }],
  });
  const paidUsd = await invoice(ege.id, day(3), 4_000, 'USD');
  await call(b, 'payments/record', {
    customerId: ege.id,
    date: today,
    amount: 4_000,
    currency: 'USD',
    method: 'bank_transfer',
    allocate: 'auto',
  });
  await invoice(marmara.id, day(3), 3_000);
  await invoice(marmara.id, day(3), 500, 'EUR');
  const inPlan = await invoice(marmara.id, day(5), 9_000);
  const running = await plan(
    marmara.id,
    [
      [day(5), 5_000, 2_000],
      [day(12), 5_000],
    ],
    { invoiceIds: [inPlan.id] },
  );
  await plan(marmara.id, [[day(5), 1_000]], { status: 'completed' });
  await plan(marmara.id, [[day(5), 700, 700]], { status: 'broken' });
  const live = await cheque(ege.id, day(12), 8_000, 'A-1');
  const collected = await cheque(ege.id, day(12), 1_200, 'A-2');
  await call(b, 'cheques/transition', { id: collected.id, to: 'collected', date: today });
  // In euros: the TRY payments above, dated today, do not count towards it.
  const promise = await call(b, 'promises/create', { customerId: ege.id, currency: 'EUR', amount: 6_000, promisedDate: day(20) });
  const cancelled = await call(b, 'promises/create', { customerId: ege.id, currency: 'EUR', amount: 100, promisedDate: day(20) });
  await call(b, 'promises/cancel', { id: cancelled.id });
  return { ...company, partly, paidUsd, running, live, promise };
}

describe('calendar/items', () => {
  it('puts each kind on its day with what is still open, and leaves out what is paid, closed or covered by a plan', async () => {
    const { b, running, live, promise, partly } = await arranged();
    const result = await call(b, 'calendar/items', { from: day(0), to: day(30) });
    expect(brief(result)).toEqual([
      [day(3), 'invoice', 'Ege Tekstil', 7_500, 'TRY'],
      [day(3), 'invoice', 'Marmara Gıda', 3_000, 'TRY'],
      [day(3), 'invoice', 'Marmara Gıda', 500, 'EUR'],
      [day(5), 'instalment', 'Marmara Gıda', 3_000, 'TRY'],
      [day(12), 'cheque', 'Ege Tekstil', 8_000, 'TRY'],
      [day(12), 'instalment', 'Marmara Gıda', 5_000, 'TRY'],
      [day(20), 'promise', 'Ege Tekstil', 6_000, 'EUR'],
    ]);
    const byKind = Object.fromEntries(
      result.items.map((i) => [i.kind === 'instalment' ? `${i.kind}${i.reference}` : i.kind + i.currency, i]),
    );
    expect(result.items[0]).toMatchObject({ id: partly.id, link: `/invoices/${partly.id}`, movable: false, overdue: false });
    expect(byKind.instalment1).toMatchObject({
      id: running.ids[0],
      planId: running.planId,
      movable: true,
      link: expect.stringContaining('tab=plans'),
    });
    expect(byKind.chequeTRY).toMatchObject({ id: live.id, reference: 'A-1', chequeKind: 'cheque', link: `/cheques/${live.id}` });
    expect(byKind.promiseEUR).toMatchObject({ id: promise.id, movable: true, link: expect.stringContaining('tab=collections') });

    expect(result.days).toEqual([
      {
        date: day(3),
        count: 3,
        totals: [
          { currency: 'EUR', amount: 500 },
          { currency: 'TRY', amount: 10_500 },
        ],
      },
      { date: day(5), count: 1, totals: [{ currency: 'TRY', amount: 3_000 }] },
      { date: day(12), count: 2, totals: [{ currency: 'TRY', amount: 13_000 }] },
      { date: day(20), count: 1, totals: [{ currency: 'EUR', amount: 6_000 }] },
    ]);
  });

  it('a payment towards a promise lowers what is still expected of it', async () => {
    const { b, ege } = await arranged();
    await call(b, 'payments/record', {
      customerId: ege.id,
      date: today,
      amount: 1_000,
      currency: 'EUR',
      method: 'cash',
      allocate: 'none',
    });
    const { items } = await call(b, 'calendar/items', { from: day(20), to: day(20) });
    expect(brief({ items, days: [], nextCursor: null })).toEqual([[day(20), 'promise', 'Ege Tekstil', 5_000, 'EUR']]);
  });

  it('filters by customer, kind and risk segment', async () => {
    const { b, ege, marmara } = await arranged();
    const range = { from: day(0), to: day(30) };
    const ofMarmara = await call(b, 'calendar/items', { ...range, customerId: marmara.id });
    expect(new Set(ofMarmara.items.map((i) => i.customerId))).toEqual(new Set([marmara.id]));
    expect(ofMarmara.items).toHaveLength(4);
    expect(ofMarmara.days.find((d) => d.date === day(3))?.totals).toEqual([
      { currency: 'EUR', amount: 500 },
      { currency: 'TRY', amount: 3_000 },
    ]);

    const papers = await call(b, 'calendar/items', { ...range, kinds: ['cheque', 'promise'] });
    expect(papers.items.map((i) => i.kind)).toEqual(['cheque', 'promise']);

    const segments = new Map<number, string>();
    for (const c of [ege, marmara]) segments.set(c.id, (await call(b, 'customers/risk', { id: c.id })).segment);
    for (const segment of ['A', 'B', 'C', 'D'] as const) {
      const { items } = await call(b, 'calendar/items', { ...range, segment });
      const expected = [ege, marmara].filter((c) => segments.get(c.id) === segment).map((c) => c.id);
      expect(new Set(items.map((i) => i.customerId)), segment).toEqual(new Set(expected));
    }
  });

  it('marks past days overdue and keeps a broken promise off the calendar', async () => {
    const { b, ege, invoice } = await calendarCompany();
    const late = await invoice(ege.id, addDays(today, -10), 4_200);
    await call(b, 'promises/create', {
      customerId: ege.id,
      amount: 900,
      promisedDate: addDays(today, -2),
      madeOn: addDays(today, -5),
    });
    const { items } = await call(b, 'calendar/items', { from: addDays(today, -20), to: addDays(today, 20) });
    expect(items.map((i) => [i.id, i.kind, i.overdue])).toEqual([[late.id, 'invoice', true]]);
  });

  it('keeps the largest per day for the month grid and pages the agenda', async () => {
    const { b } = await arranged();
    const range = { from: day(0), to: day(30) };
    const grid = await call(b, 'calendar/items', { ...range, perDay: 2 });
    expect(grid.items.filter((i) => i.date === day(3)).map((i) => i.amount)).toEqual([7_500, 3_000]);
    expect(grid.days.find((d) => d.date === day(3))?.count).toBe(3);

    const all = await call(b, 'calendar/items', range);
    const pages = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'calendar/items', { ...range, limit: 2, ...(cursor ? { cursor } : {}) });
      pages.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual(all.items);
  });

  it('refuses a range that is reversed or longer than the calendar shows', async () => {
    const { b } = await calendarCompany();
    const reversed = await refused(b, 'calendar/items', { from: day(5), to: day(1) });
    expect(reversed.issues?.[0]).toMatchObject({ path: ['to'], key: 'calendar.validation.rangeOrder' });
    const long = await refused(b, 'calendar/items', { from: day(0), to: day(70) });
    expect(long.issues?.[0]).toMatchObject({ path: ['to'], key: 'calendar.validation.rangeTooLong' });
  });
});
