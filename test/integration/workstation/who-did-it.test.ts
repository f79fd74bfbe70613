import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import type { Actor } from '../../../src-main/core/actor';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-shared/contract/methods';
import type { TimelineEntry } from '../../../src-shared/domain/collections/types';
import { storeSql } from '../../support/store-sql';
import { call, refused, testBackend } from '../../support/test-backend';

/** A call through dispatch as a door makes it: with the actor of the PC it came from. */
async function callAs<N extends MethodName>(b: Backend, actor: Actor, method: N, args: MethodInput<N>): Promise<MethodOutput<N>> {
  const result = await b.dispatch(method, args, actor);
  if (!result.ok) throw new Error(`${method} refused: ${JSON.stringify(result.error)}`);
  return result.value as MethodOutput<N>;
}

async function wholeTimeline(b: Backend, id: number): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await call(b, 'customers/timeline', { id, limit: 50, ...(cursor ? { cursor } : {}) });
    entries.push(...page.items);
    if (!page.nextCursor) return entries;
    cursor = page.nextCursor;
  }
}

const clockAt = (iso: string) => {
  const clock = { now: new Date(iso) };
  return { clock, now: () => clock.now };
};

describe('who did it: the person named on the PC is kept on the audit log and the timeline', { timeout: 60_000 }, () => {
  it('names the person of the calling door on every audit row and every kind of timeline entry', async () => {
    const { now } = clockAt('2026-06-15T09:00:00Z');
    const b = await testBackend(undefined, now);
    const ayse: Actor = { name: 'Ayşe Yılmaz', account: 'ofis-1' };
    const as = <N extends MethodName>(method: N, args: MethodInput<N>) => callAs(b, ayse, method, args);

    const firstAudit = (await storeSql(b).value('select coalesce(max(id), 0) from audit_log'))! + 1;
    const customer = await as('customers/create', { title: 'Deniz Gıda Ltd. Şti.' });
    const invoice = (total: number) => as('invoices/create', { customerId: customer.id, issueDate: '2026-05-01', total });
    const paid = await invoice(10_000_00);
    const disputed = await invoice(5_000_00);
    const planned = await invoice(8_000_00);
    const lost = await invoice(1_000_00);
    const payment = await as('payments/record', {
      customerId: customer.id,
      date: '2026-06-10',
      amount: 2_000_00,
      method: 'bank_transfer',
    });
    await as('credit-notes/create', { customerId: customer.id, date: '2026-06-11', amount: 500_00, invoiceId: paid.id });
    await as('payments/reverse', { id: payment.id, reason: 'Yanlış cari' });
    await as('activities/log', { customerId: customer.id, kind: 'call', summary: 'Muhasebe arandı', outcome: 'reached' });
    await as('promises/create', { customerId: customer.id, amount: 1_000_00, promisedDate: '2026-06-30' });
    const dispute = await as('disputes/open', { invoiceId: disputed.id, reason: 'quantity', amount: 500_00 });
    await as('disputes/resolve', { id: dispute.id, outcome: 'rejected' });
    await as('invoices/write-off', { id: lost.id, reason: 'Tahsil edilemez' });
    const note = await as('cheques/record', {
      kind: 'note',
      customerId: customer.id,
      serialNumber: 'S-12',
      drawer: 'Deniz Gıda',
      issueDate: '2026-06-01',
      dueDate: '2026-09-01',
      amount: 700_00,
      receivedOn: '2026-06-12',
    });
    await as('cheques/transition', { id: note.id, to: 'at_bank', date: '2026-06-13' });
    const plan = await as('plans/create', {
      customerId: customer.id,
      invoiceIds: [planned.id],
      frequency: { kind: 'monthly', day: 16 },
      startDate: '2026-07-16',
      rows: [{ dueDate: '2026-07-16', amount: 8_000_00 }],
    });
    await as('plans/cancel', { id: plan.id });
    // Another PC of the office logs a call: its door names its own person.
    await callAs(b, { name: 'Mehmet Kaya', account: 'ofis-2' }, 'activities/log', {
      customerId: customer.id,
      kind: 'email',
      summary: 'Ekstre gönderildi',
    });

    const timeline = await wholeTimeline(b, customer.id);
    expect(new Set(timeline.map((e) => e.kind))).toEqual(
      new Set([
        'invoice',
        'payment',
        'credit_note',
        'reversal',
        'write_off',
        'dispute_opened',
        'dispute_resolved',
        'promise',
        'activity',
        'promissory_note',
        'plan',
      ]),
    );
    const byMehmet = timeline.filter((e) => e.actor === 'Mehmet Kaya');
    expect(byMehmet.map((e) => e.title)).toEqual(['Ekstre gönderildi']);
    const others = timeline.filter((e) => e.actor !== 'Mehmet Kaya');
    expect(others.filter((e) => e.actor !== 'Ayşe Yılmaz').map((e) => `${e.kind}:${e.code}`)).toEqual([]);

    const audit = await storeSql(b).all<{ action: string; actor: string; actor_name: string | null }>(
      'select action, actor, actor_name from audit_log where id >= ? order by id',
      firstAudit,
    );
    expect(audit.length).toBeGreaterThan(15);
    expect(audit.filter((r) => r.actor_name !== 'Ayşe Yılmaz')).toEqual([
      { action: 'activities/log', actor: 'ofis-2', actor_name: 'Mehmet Kaya' },
    ]);
    expect(new Set(audit.filter((r) => r.actor_name === 'Ayşe Yılmaz').map((r) => r.actor))).toEqual(new Set(['ofis-1']));
    // audit/list hands both to the screen.
    const listed = await call(b, 'audit/list', { limit: 1 });
    expect(listed.items[0]).toMatchObject({ action: 'activities/log', actor: 'ofis-2', actorName: 'Mehmet Kaya' });
  });

  it('takes the name set for this PC when the door names nobody else, and nothing once it is cleared', async () => {
    const b = await testBackend();
    const dataFile = path.join(b.dataDir, 'vade-app.json');
    expect(await call(b, 'workstation/get', {})).toMatchObject({ personName: null });
    const set = await call(b, 'workstation/update', { personName: '  Ayşe Yılmaz\u00a0' });
    expect(set.personName).toBe('Ayşe Yılmaz');
    expect(JSON.parse(fs.readFileSync(dataFile, 'utf8'))).toMatchObject({ personName: 'Ayşe Yılmaz' });
    // The IPC and bridge doors hand dispatch this PC's actor.
    expect(b.actor()).toMatchObject({ name: 'Ayşe Yılmaz' });

    const customer = await call(b, 'customers/create', { title: 'Kuzey Yapı' });
    await b.dispatch('activities/log', { customerId: customer.id, kind: 'call', summary: 'Arandı' }, b.actor());
    await call(b, 'workstation/update', { personName: '' });
    expect(b.actor().name).toBeNull();
    await b.dispatch('activities/log', { customerId: customer.id, kind: 'note', summary: 'Not' }, b.actor());

    const timeline = await wholeTimeline(b, customer.id);
    expect(timeline.map((e) => [e.title, e.actor])).toEqual([
      ['Not', null],
      ['Arandı', 'Ayşe Yılmaz'],
    ]);
    const audit = (await call(b, 'audit/list', {})).items.map((e) => [e.action, e.actorName]);
    expect(audit).toEqual([
      ['activities/log', null],
      ['activities/log', 'Ayşe Yılmaz'],
      ['customers/create', 'Ayşe Yılmaz'],
    ]);
  });

  it('refuses a name with control characters or over 80 characters, and keeps the one set', async () => {
    const b = await testBackend();
    await call(b, 'workstation/update', { personName: 'Ayşe' });
    const broken = await refused(b, 'workstation/update', { personName: 'Ayşe\nYılmaz' });
    expect(broken).toMatchObject({ kind: 'validation', issues: [{ path: ['personName'], key: 'validation.controlCharacters' }] });
    const hidden = await refused(b, 'workstation/update', { personName: 'Ayşe \u202eYılmaz' });
    expect(hidden.issues?.[0]?.key).toBe('validation.controlCharacters');
    const long = await refused(b, 'workstation/update', { personName: 'x'.repeat(81) });
    expect(long).toMatchObject({ issues: [{ path: ['personName'], key: 'validation.tooLong', params: { max: 80 } }] });
    expect((await call(b, 'workstation/update', { personName: 'x'.repeat(80) })).personName).toHaveLength(80);
    await call(b, 'workstation/update', { personName: 'Ayşe' });
    expect((await call(b, 'workstation/get', {})).personName).toBe('Ayşe');
  });

  it('names nobody on what days passing did: a plan broken by the calendar, though the PC has a name', async () => {
    const { clock, now } = clockAt('2026-06-15T09:00:00Z');
    const b = await testBackend(undefined, now);
    await call(b, 'workstation/update', { personName: 'Ayşe Yılmaz' });
    const customer = await call(b, 'customers/create', { title: 'Batı Lojistik' });
    const invoice = await call(b, 'invoices/create', { customerId: customer.id, issueDate: '2026-05-01', total: 3_000_00 });
    await call(b, 'plans/create', {
      customerId: customer.id,
      invoiceIds: [invoice.id],
      frequency: { kind: 'monthly', day: 20 },
      startDate: '2026-06-20',
      rows: [{ dueDate: '2026-06-20', amount: 3_000_00 }],
    });
    clock.now = new Date('2026-08-01T09:00:00Z');
    const plans = (await wholeTimeline(b, customer.id)).filter((e) => e.kind === 'plan');
    expect(plans.map((e) => [e.code, e.actor])).toEqual([
      ['broken', null],
      ['created', 'Ayşe Yılmaz'],
    ]);
  });
});
