import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import type { Backend } from '../../../src-main/backend';
import { storeSql } from '../../support/store-sql';
import { call, refused } from '../../support/test-backend';
import { calendarCompany, day, today } from './calendar-setup';

/** What a failed reschedule must leave untouched: the dates, the timeline and the audit log. */
const snapshot = async (b: Backend) => {
  const q = storeSql(b);
  return {
    instalments: await q.all('select id, due_date from plan_instalments order by id'),
    promises: await q.all('select id, promised_date from promises order by id'),
    activities: await q.value('select count(*) from activities'),
    audit: await q.value('select count(*) from audit_log'),
  };
};

describe('calendar/reschedule', () => {
  it('moves an instalment only strictly between its neighbours, and notes the move on the timeline and in the audit log', async () => {
    const { b, marmara, plan } = await calendarCompany();
    const { planId, ids } = await plan(marmara.id, [
      [day(1), 1_000],
      [day(10), 1_000],
      [day(20), 1_000],
    ]);
    const before = await snapshot(b);
    for (const [date, key] of [
      [day(1), 'calendar.validation.afterPrevious'],
      [addDays(day(1), -3), 'calendar.validation.afterPrevious'],
      [day(20), 'calendar.validation.beforeNext'],
      [day(10), 'calendar.validation.sameDay'],
    ] as const) {
      const error = await refused(b, 'calendar/reschedule', { kind: 'instalment', id: ids[1]!, date });
      expect(error.issues?.[0], date).toMatchObject({ path: ['date'], key });
    }
    const error = await refused(b, 'calendar/reschedule', { kind: 'instalment', id: ids[1]!, date: day(20) });
    expect(error.message).toContain(day(20).split('-').reverse().join('.'));
    expect(await snapshot(b)).toEqual(before);

    const moved = await call(b, 'calendar/reschedule', {
      kind: 'instalment',
      id: ids[1]!,
      date: day(19),
      note: 'Müşteri maaş gününü istedi',
    });
    expect(moved).toEqual({ kind: 'instalment', id: ids[1], customerId: marmara.id, from: day(10), to: day(19) });
    const { items } = await call(b, 'calendar/items', { from: day(0), to: day(30) });
    expect(items.map((i) => [i.id, i.date])).toEqual([
      [ids[0], day(1)],
      [ids[1], day(19)],
      [ids[2], day(20)],
    ]);

    const timeline = await call(b, 'customers/timeline', { id: marmara.id, limit: 10 });
    const note = timeline.items.find((e) => e.kind === 'activity');
    const tr = (d: string) => d.split('-').reverse().join('.');
    expect(note).toMatchObject({
      code: 'note',
      title: `Plan #${planId} taksit 2 vadesi ${tr(day(10))} → ${tr(day(19))} tarihine taşındı`,
      detail: 'Müşteri maaş gününü istedi',
    });
    const audit = await call(b, 'audit/list', { entity: 'instalment', entityId: ids[1]! });
    expect(audit.items.map((e) => [e.action, e.changes.map((c) => [c.field, c.before, c.after])])).toEqual([
      ['calendar/reschedule', [['dueDate', day(10), day(19)]]],
    ]);

    // The first and last instalments have one neighbour only.
    await call(b, 'calendar/reschedule', { kind: 'instalment', id: ids[0]!, date: addDays(today, -40) });
    await call(b, 'calendar/reschedule', { kind: 'instalment', id: ids[2]!, date: day(45) });
  });

  it('refuses to move a paid instalment or one of a plan that is no longer running', async () => {
    const { b, marmara, plan } = await calendarCompany();
    const paid = await plan(marmara.id, [[day(1), 1_000, 1_000]]);
    const done = await plan(marmara.id, [[day(2), 1_000]], { status: 'completed' });
    const before = await snapshot(b);
    expect(
      (await refused(b, 'calendar/reschedule', { kind: 'instalment', id: paid.ids[0]!, date: day(3) })).issues?.[0]?.key,
    ).toBe('calendar.validation.instalmentPaid');
    expect(
      (await refused(b, 'calendar/reschedule', { kind: 'instalment', id: done.ids[0]!, date: day(3) })).issues?.[0]?.key,
    ).toBe('calendar.validation.planClosed');
    expect((await refused(b, 'calendar/reschedule', { kind: 'instalment', id: 999, date: day(3) })).kind).toBe('not_found');
    expect(await snapshot(b)).toEqual(before);
  });

  it('moves a pending promise to today or later, never to a past day or a closed promise', async () => {
    const { b, ege } = await calendarCompany();
    const promise = await call(b, 'promises/create', { customerId: ege.id, amount: 5_000, promisedDate: day(4) });
    const before = await snapshot(b);
    const past = await refused(b, 'calendar/reschedule', { kind: 'promise', id: promise.id, date: addDays(today, -1) });
    expect(past.issues?.[0]).toMatchObject({ path: ['date'], key: 'calendar.validation.pastDay' });
    expect(await snapshot(b)).toEqual(before);

    await call(b, 'calendar/reschedule', { kind: 'promise', id: promise.id, date: today });
    const [listed] = await call(b, 'promises/list', { customerId: ege.id });
    expect([listed?.promisedDate, listed?.status]).toEqual([today, 'pending']);
    const timeline = await call(b, 'customers/timeline', { id: ege.id, limit: 10 });
    expect(timeline.items.find((e) => e.kind === 'activity')?.title).toMatch(/ödeme sözü .* tarihine taşındı$/);
    const audit = await call(b, 'audit/list', { entity: 'promise', entityId: promise.id });
    expect(audit.items[0]?.changes.map((c) => [c.field, c.before, c.after])).toEqual([['promisedDate', day(4), today]]);

    await call(b, 'promises/cancel', { id: promise.id });
    const closed = await refused(b, 'calendar/reschedule', { kind: 'promise', id: promise.id, date: day(6) });
    expect(closed.issues?.[0]?.key).toBe('validation.promiseClosed');
  });
});
