import type { NumberReplaced } from '../../../src-shared/domain/common/number-replaced';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import { describe, expect, it } from 'vitest';
import { call, officePc } from '../../support/office-pcs';
import { tempDir } from '../../support/temp-dir';

const now = () => new Date('2026-11-23T09:00:00Z');

describe('numbers suggested on two PCs at once (on a PostgreSQL test cluster)', () => {
  it('hands the next free number when the user kept the suggestion another PC took meanwhile, and refuses one typed by hand', async () => {
    const office = tempDir();
    const [a, b] = [await officePc(office, { now }), await officePc(office, { now })];

    // Both forms open with the same suggestion; A saves first.
    const shownA = (await call(a, 'customers/suggest-code', {})).code;
    const shownB = (await call(b, 'customers/suggest-code', {})).code;
    expect(shownB).toBe(shownA);
    const first = await call(a, 'customers/create', { title: 'Anadolu Yapı', code: shownA, suggestedCode: shownA });
    expect(first).toMatchObject({ code: shownA });
    expect(first.numberReplaced).toBeUndefined();
    const second = await call(b, 'customers/create', { title: 'Ege Gıda', code: shownB, suggestedCode: shownB });
    expect(second.code).not.toBe(shownB);
    expect(second.numberReplaced).toEqual({ given: shownB, used: second.code });

    // Typed by hand (not the suggestion): still refused, under the field.
    const byHand = await b.dispatch('customers/create', { title: 'Kuzey Tekstil', code: shownA });
    expect(!byHand.ok && byHand.error.issues?.[0]).toMatchObject({ path: ['code'], key: 'validation.codeTaken' });

    const invoice = (pc: typeof a, number: string, suggested?: string) =>
      pc.dispatch('invoices/create', {
        customerId: first.id,
        issueDate: '2026-11-20',
        total: 100_000,
        number,
        ...(suggested ? { suggestedNumber: suggested } : {}),
      });
    const shown = (await call(a, 'invoices/suggest-number', { issueDate: '2026-11-20' })).number;
    expect((await call(b, 'invoices/suggest-number', { issueDate: '2026-11-20' })).number).toBe(shown);
    // Both save the number they were shown at the same moment: one keeps it, the other gets the next, no refusal.
    const both = await Promise.all([invoice(a, shown, shown), invoice(b, shown, shown)]);
    expect(both.map((r) => r.ok)).toEqual([true, true]);
    const saved = both.flatMap((r) => (r.ok ? [r.value as Invoice & NumberReplaced] : []));
    expect(new Set(saved.map((i) => i.number)).size).toBe(2);
    expect(saved.filter((i) => i.numberReplaced).map((i) => i.numberReplaced!.given)).toEqual([shown]);

    const typed = await invoice(b, shown);
    expect(!typed.ok && typed.error.issues?.[0]).toMatchObject({ path: ['number'], key: 'validation.numberTaken' });
  });
});
