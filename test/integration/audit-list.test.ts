import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/dates/business-date';
import { call, refused, testBackend } from '../support/test-backend';
import { fixedClock } from '../support/fixed-clock';

describe('audit/list', () => {
  it('shows who changed what, newest first, with the fields before and after, filtered and keyset-paged', async () => {
    const b = await testBackend();
    const deniz = await call(b, 'customers/create', { title: 'Deniz Gıda', city: 'İzmir' });
    const kuzey = await call(b, 'customers/create', { title: 'Kuzey Yapı' });
    await call(b, 'customers/update', { id: deniz.id, city: 'Manisa', phone: '0236 111 22 33' });
    const invoice = await call(b, 'invoices/create', { customerId: kuzey.id, issueDate: '2026-01-05', total: 5000 });
    await call(b, 'invoices/write-off', { id: invoice.id, reason: 'Tahsil edilemez' });

    const all = await call(b, 'audit/list', {});
    expect(all.items.map((e) => e.action)).toEqual([
      'invoices/write-off',
      'invoices/create',
      'customers/update',
      'customers/create',
      'customers/create',
    ]);
    expect(all.items[0]!.actor).not.toBe('');
    expect(all.nextCursor).toBeNull();

    const denizHistory = await call(b, 'audit/list', { entity: 'customer', entityId: deniz.id });
    expect(denizHistory.items.map((e) => e.action)).toEqual(['customers/update', 'customers/create']);
    const edit = denizHistory.items[0]!;
    expect(edit).toMatchObject({ entity: 'customer', entityId: deniz.id, label: `${deniz.code} · Deniz Gıda` });
    expect(edit.changes).toEqual([
      { field: 'city', before: 'İzmir', after: 'Manisa' },
      { field: 'phone', before: '', after: '0236 111 22 33' },
    ]);

    const writeOff = (await call(b, 'audit/list', { entity: 'invoice', entityId: invoice.id })).items[0]!;
    expect(writeOff.label).toBe(invoice.number);
    expect(writeOff.changes).toEqual(
      expect.arrayContaining([
        { field: 'openAmount', before: 5000, after: 0 },
        { field: 'writeOffReason', before: null, after: 'Tahsil edilemez' },
      ]),
    );
    expect((await call(b, 'audit/list', { entity: 'invoice' })).items).toHaveLength(2);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(b, 'audit/list', { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((e) => e.action));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((e) => e.action));
  });

  it('filters by the day the change was made, on this computer’s calendar', async () => {
    const { today, now } = fixedClock();
    const b = await testBackend(undefined, now);
    await call(b, 'customers/create', { title: 'Bugün Ltd.' });
    const day = (offset: number) => addDays(today, offset);
    expect((await call(b, 'audit/list', { from: day(0), to: day(0) })).items).toHaveLength(1);
    expect((await call(b, 'audit/list', { from: day(-3), to: day(-1) })).items).toHaveLength(0);
    expect((await call(b, 'audit/list', { from: day(1) })).items).toHaveLength(0);
    expect((await call(b, 'audit/list', { to: day(-1) })).items).toHaveLength(0);

    const error = await refused(b, 'audit/list', { entityId: 3 });
    expect(error.issues?.[0]?.path).toEqual(['entity']);
  });
});
