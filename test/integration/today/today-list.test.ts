import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { addDays } from '../../../src-shared/dates/business-date';
import { call, refused, testBackend } from '../../support/test-backend';
import { fixedClock } from '../../support/fixed-clock';

const { today, now } = fixedClock();

async function overdueCustomer(b: Backend, title: string, total: number, daysOverdue: number, phone = '') {
  const customer = await call(b, 'customers/create', { title, phone });
  await call(b, 'invoices/create', {
    customerId: customer.id,
    issueDate: addDays(today, -daysOverdue - 10),
    dueDate: addDays(today, -daysOverdue),
    total,
  });
  return customer;
}

async function task(
  b: Backend,
  customerId: number,
  fields: { channel?: 'call' | 'whatsapp' | 'sms'; dueOn?: string; text?: string } = {},
) {
  const { id } = await b.store.db
    .insertInto('reminder_tasks')
    .values({
      idempotency_key: `test:${customerId}:${Math.random()}`,
      customer_id: customerId,
      channel: fields.channel ?? 'call',
      level: 2,
      title: '2. ihtar',
      message_text: fields.text ?? 'Sayın yetkili, ödemeniz gecikmiştir.',
      due_on: fields.dueOn ?? today,
      status: 'open',
      outcome: null,
      outbox_message_id: null,
      created_at: now().toISOString(),
      done_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

describe('the Today worklist', () => {
  it('lists due tasks, broken promises and overdue customers: broken promises first, then risk × share of the overdue × days', async () => {
    const b = await testBackend(undefined, now);
    const small = await overdueCustomer(b, 'Küçük Borç Ltd', 10_000, 5);
    const big = await overdueCustomer(b, 'Büyük Borç AŞ', 5_000_000, 40);
    const broke = await overdueCustomer(b, 'Sözünü Tutmayan Ltd', 20_000, 15);
    await call(b, 'promises/create', {
      customerId: broke.id,
      amount: 20_000,
      promisedDate: addDays(today, -3),
      madeOn: addDays(today, -10),
    });
    const waiting = await overdueCustomer(b, 'Söz Verdi Bekliyor Ltd', 900_000, 60);
    await call(b, 'promises/create', { customerId: waiting.id, amount: 900_000, promisedDate: addDays(today, 5) });
    const tasked = await overdueCustomer(b, 'Görevli Ticaret', 30_000, 20, '0532 111 22 33');
    const taskId = await task(b, tasked.id, { channel: 'whatsapp' });
    const future = await overdueCustomer(b, 'Gelecek Görev Ltd', 30_000, 20);
    await task(b, future.id, { dueOn: addDays(today, 3) });
    const archived = await overdueCustomer(b, 'Arşivli Ltd', 30_000, 20);
    await call(b, 'customers/archive', { id: archived.id });
    await call(b, 'customers/create', { title: 'Borcu Yok Ltd' });

    const list = await call(b, 'today/list', {});
    expect(list.items.map((i) => i.customerTitle)).toEqual([
      'Sözünü Tutmayan Ltd',
      'Büyük Borç AŞ',
      'Görevli Ticaret',
      'Küçük Borç Ltd',
    ]);
    expect(list.total).toBe(4);
    const [first, second, third] = list.items;
    expect(first).toMatchObject({
      reason: 'broken_promise',
      taskId: null,
      channel: 'call',
      brokenPromise: { amount: 20_000, currency: 'TRY', promisedDate: addDays(today, -3) },
      overdue: [{ currency: 'TRY', amount: 20_000 }],
      daysOverdue: 15,
    });
    expect(second).toMatchObject({ reason: 'overdue', daysOverdue: 40, overdue: [{ currency: 'TRY', amount: 5_000_000 }] });
    // Its share of all the lira the company has to chase (every overdue customer's, listed or not) × 100 × days.
    const share = 5_000_000 / (10_000 + 5_000_000 + 20_000 + 900_000 + 3 * 30_000);
    expect(second!.overdueShare).toBeCloseTo(share, 10);
    expect(second!.score).toBeCloseTo({ A: 1, B: 2, C: 3, D: 4 }[second!.segment] * share * 100 * 40, 8);
    expect(third).toMatchObject({ reason: 'task', taskId, channel: 'whatsapp', level: 2, phone: '0532 111 22 33' });
    expect(third!.messageText).toContain('gecikmiştir');
    expect(big.id).toBe(second!.customerId);
    expect(small.id).toBe(list.items[3]!.customerId);

    const page = await call(b, 'today/list', { limit: 2 });
    const rest = await call(b, 'today/list', { limit: 2, cursor: page.nextCursor! });
    expect([...page.items, ...rest.items].map((i) => i.key)).toEqual(list.items.map((i) => i.key));
    expect(rest.nextCursor).toBeNull();
  });

  it('a call with a promise lands on the timeline, records the promise and takes the row off today', async () => {
    const b = await testBackend(undefined, now);
    const customer = await overdueCustomer(b, 'Arayacağım Ltd', 75_000, 12);
    const promisedDate = addDays(today, 7);
    await call(b, 'today/complete', {
      customerId: customer.id,
      action: 'call',
      outcome: 'promised',
      promise: { amount: 75_000, promisedDate },
      note: 'Muhasebe müdürü Ayşe Hanım ile görüşüldü',
    });
    expect((await call(b, 'today/list', {})).items).toEqual([]);
    const promises = await call(b, 'promises/list', { customerId: customer.id });
    expect(promises).toMatchObject([{ amount: 75_000, promisedDate, status: 'pending' }]);
    const timeline = await call(b, 'customers/timeline', { id: customer.id });
    expect(timeline.items.filter((e) => e.kind === 'activity')).toMatchObject([
      { code: 'call', outcome: 'promised', title: 'Arama: ödeme sözü alındı' },
    ]);
    expect(timeline.items.some((e) => e.kind === 'promise')).toBe(true);
    // The same customer cannot be completed twice a day by mistake with a second row: it is simply updated.
    await call(b, 'today/skip', { customerId: customer.id });
    expect(await b.store.db.selectFrom('reminder_tasks').select(['status']).execute()).toEqual([{ status: 'skipped' }]);
  });

  it('marks a prepared message sent, logs it with its text, and refuses a task closed already', async () => {
    const b = await testBackend(undefined, now);
    const customer = await overdueCustomer(b, 'Mesajlık Ltd', 10_000, 3, '+90 532 000 00 00');
    const taskId = await task(b, customer.id, { channel: 'sms', text: 'Ödemeniz 3 gün gecikti.' });
    const error = await refused(b, 'today/complete', { customerId: customer.id, taskId, action: 'call' });
    expect(error.issues?.[0]).toMatchObject({ path: ['outcome'], key: 'validation.required' });
    await call(b, 'today/complete', { customerId: customer.id, taskId, action: 'sms' });
    const row = await b.store.db.selectFrom('reminder_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', outcome: 'sms' });
    expect(row.done_at).not.toBeNull();
    const timeline = await call(b, 'customers/timeline', { id: customer.id });
    expect(timeline.items.find((e) => e.kind === 'activity')).toMatchObject({
      code: 'sms',
      detail: expect.stringContaining('3 gün gecikti'),
    });
    expect((await call(b, 'today/list', {})).items).toEqual([]);
    expect((await refused(b, 'today/skip', { customerId: customer.id, taskId })).kind).toBe('conflict');
  });

  it('follows the ledger: a payment that clears what is overdue takes the customer off (the memo sees it)', async () => {
    const b = await testBackend(undefined, now);
    const customer = await overdueCustomer(b, 'Ödeyecek Ltd', 40_000, 9);
    expect((await call(b, 'today/list', {})).items.map((i) => i.customerId)).toEqual([customer.id]);
    await call(b, 'activities/log', { customerId: customer.id, kind: 'note', summary: 'Not' });
    expect((await call(b, 'today/list', {})).total).toBe(1);
    await call(b, 'payments/record', { customerId: customer.id, date: today, amount: 40_000, method: 'bank_transfer' });
    expect(await call(b, 'today/list', {})).toMatchObject({ items: [], total: 0 });
  });

  it('takes a skipped row off and puts a task on at once, though the ledger did not change (the ranking is kept)', async () => {
    const b = await testBackend(undefined, now);
    const first = await overdueCustomer(b, 'Birinci Ltd', 50_000, 20);
    const second = await overdueCustomer(b, 'İkinci Ltd', 20_000, 5);
    const ids = async () => (await call(b, 'today/list', {})).items.map((i) => [i.customerId, i.reason]);
    expect(await ids()).toEqual([
      [first.id, 'overdue'],
      [second.id, 'overdue'],
    ]);
    await call(b, 'today/skip', { customerId: first.id });
    expect(await ids()).toEqual([[second.id, 'overdue']]);
    // A task planned for a later day takes its customer off today; one due today lists it as a task.
    const later = await task(b, second.id, { dueOn: addDays(today, 3) });
    expect(await ids()).toEqual([]);
    await b.store.db.updateTable('reminder_tasks').set({ due_on: today }).where('id', '=', later).execute();
    expect(await ids()).toEqual([[second.id, 'task']]);
  });

  it('ranks a customer whose promise was kept among the others, though SQL sent it apart from the best page', async () => {
    const b = await testBackend(undefined, now);
    const kept = await overdueCustomer(b, 'Sözünü Tutan Ltd', 100_000, 40);
    const other = await overdueCustomer(b, 'Diğer Ltd', 50_000, 40);
    const third = await overdueCustomer(b, 'Üçüncü Ltd', 10_000, 40);
    // A promise of part of the debt, made and paid before its day: kept, so it neither waits nor is broken.
    await call(b, 'promises/create', {
      customerId: kept.id,
      amount: 1_000,
      promisedDate: addDays(today, -5),
      madeOn: addDays(today, -10),
    });
    await call(b, 'payments/record', { customerId: kept.id, date: addDays(today, -7), amount: 1_000, method: 'cash' });
    const first = await call(b, 'today/list', { limit: 1 });
    expect(first.items.map((i) => [i.customerId, i.reason])).toEqual([[kept.id, 'overdue']]);
    expect(first.total).toBe(3);
    const rest = await call(b, 'today/list', { limit: 1, cursor: first.nextCursor! });
    expect(rest.items.map((i) => i.customerId)).toEqual([other.id]);
    const whole = await call(b, 'today/list', { limit: 10 });
    expect(whole.items.map((i) => i.customerId)).toEqual([kept.id, other.id, third.id]);
    expect(whole.total).toBe(3);
  });

  it('pages a long list as the whole list orders it: SQL sends a page and what comes first, ties by key text', async () => {
    const b = await testBackend(undefined, now);
    // Twelve customers owing alike tie on the score: their keys decide, as text (customer:10 before customer:2).
    const alike: { id: number }[] = [];
    for (let i = 0; i < 12; i++) alike.push(await overdueCustomer(b, `Eş Borçlu ${i}`, 30_000, 10));
    const tasked = await overdueCustomer(b, 'Görevli Ltd', 1_000, 2);
    await task(b, tasked.id);
    const broke = await overdueCustomer(b, 'Sözünü Tutmayan Ltd', 2_000, 3);
    await call(b, 'promises/create', {
      customerId: broke.id,
      amount: 2_000,
      promisedDate: addDays(today, -2),
      madeOn: addDays(today, -8),
    });
    // Paged first (each page asks for more than the one before), then the whole list.
    const paged: TodayItem[] = [];
    let page = await call(b, 'today/list', { limit: 3 });
    paged.push(...page.items);
    while (page.nextCursor) {
      page = await call(b, 'today/list', { limit: 3, cursor: page.nextCursor });
      paged.push(...page.items);
    }
    const whole = await call(b, 'today/list', { limit: 100 });
    expect(whole.total).toBe(14);
    expect(page.total).toBe(14);
    expect(paged.map((i) => i.key)).toEqual(whole.items.map((i) => i.key));
    expect(whole.items[0]).toMatchObject({ customerId: broke.id, reason: 'broken_promise' });
    const ties = whole.items.filter((i) => alike.some((c) => c.id === i.customerId));
    expect(new Set(ties.map((i) => i.score)).size).toBe(1);
    expect(ties.map((i) => i.key)).toEqual(alike.map((c) => `customer:${c.id}`).sort());
    expect(whole.items.at(-1)).toMatchObject({ customerId: tasked.id, reason: 'task' });
  });
});
