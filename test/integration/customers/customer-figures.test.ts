import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-shared/dates/business-date';
import type { CustomerListItem } from '../../../src-shared/domain/customers/types';
import { refreshEveryonesFigures } from '../../../src-main/features/customers/customer-figures';
import { call } from '../../support/test-backend';
import { calendarCompany, day, now, today } from '../calendar/calendar-setup';

const figuresOf = (item: CustomerListItem | undefined) => Object.fromEntries((item?.figures ?? []).map((f) => [f.currency, f]));

describe('customer list figures', () => {
  it('shows balance, overdue, oldest overdue days and the next expected collection per currency', async () => {
    const { b, ege, invoice, cheque } = await calendarCompany();
    await invoice(ege.id, addDays(today, -40), 10_000);
    const recent = await invoice(ege.id, addDays(today, -5), 4_000);
    await invoice(ege.id, day(3), 2_500);
    await invoice(ege.id, day(3), 1_500);
    await invoice(ege.id, addDays(today, -10), 700, 'USD');
    await call(b, 'payments/record', {
      customerId: ege.id,
      date: today,
      amount: 1_000,
      currency: 'USD',
      method: 'cash',
      allocate: 'none',
    });
    await call(b, 'disputes/open', { invoiceId: recent.id, reason: 'price', amount: 4_000 });
    await cheque(ege.id, day(1), 800, 'C-1');

    const [item] = (await call(b, 'customers/list', { search: 'ege' })).items;
    const { TRY, USD } = figuresOf(item);
    // Balance: every open invoice less the cheque taken without allocation. Overdue is all that is open past its
    // due date, the disputed invoice too, as the card and the dashboard count it (they say how much is disputed).
    expect(TRY).toEqual({
      currency: 'TRY',
      balance: 17_200,
      overdue: 14_000,
      oldestOverdueDays: 40,
      nextExpected: { day: day(1), amount: 800 },
      asOf: today,
    });
    expect(USD).toMatchObject({ balance: -300, overdue: 700, oldestOverdueDays: 10, nextExpected: null });
    expect(item!.figures.map((f) => f.currency)).toEqual(['TRY', 'USD']);
  });

  it('follows every write at once: a payment lowers the overdue amount and moves the oldest overdue day', async () => {
    const { b, ege, invoice } = await calendarCompany();
    const old = await invoice(ege.id, addDays(today, -30), 5_000);
    await invoice(ege.id, addDays(today, -3), 2_000);
    await call(b, 'payments/record', {
      customerId: ege.id,
      date: today,
      amount: 5_000,
      method: 'cash',
      allocate: [{ invoiceId: old.id, amount: 5_000 }],
    });
    const [item] = (await call(b, 'customers/list', { search: 'ege' })).items;
    expect(figuresOf(item).TRY).toMatchObject({ balance: 2_000, overdue: 2_000, oldestOverdueDays: 3 });
  });

  it('counts a planned invoice as overdue as the card does and expects its instalments and pending promises', async () => {
    const { b, marmara, invoice, plan } = await calendarCompany();
    const planned = await invoice(marmara.id, addDays(today, -60), 9_000);
    await call(b, 'promises/create', { customerId: marmara.id, currency: 'EUR', amount: 400, promisedDate: day(4) });
    await plan(
      marmara.id,
      [
        [addDays(today, -2), 3_000, 1_000],
        [day(10), 6_000],
      ],
      { invoiceIds: [planned.id] },
    );
    // The plan was written straight into its tables (no handler): the day step works it out.
    await refreshEveryonesFigures(b.store.db, today);
    const { TRY, EUR } = figuresOf((await call(b, 'customers/list', { search: 'marmara' })).items[0]);
    // Overdue as on the card (the plan is one of its parts); the invoice itself is expected only through the plan.
    expect(TRY).toMatchObject({
      balance: 9_000,
      overdue: 9_000,
      oldestOverdueDays: 60,
      nextExpected: { day: day(10), amount: 6_000 },
    });
    expect(EUR).toMatchObject({ balance: 0, overdue: 0, nextExpected: { day: day(4), amount: 400 } });
  });

  it('expects an invoice of a cancelled plan on its own due date again, on both stores', async () => {
    const { b, marmara, invoice, plan } = await calendarCompany();
    const planned = await invoice(marmara.id, day(6), 5_000);
    await plan(
      marmara.id,
      [
        [day(2), 2_000],
        [day(9), 3_000],
      ],
      { status: 'cancelled', invoiceIds: [planned.id] },
    );
    await refreshEveryonesFigures(b.store.db, today);
    // Only a live plan covers an invoice: PostgreSQL's least() skipped the null sum of no live plan and took the
    // whole invoice as covered, so the customer had nothing expected there while SQLite said day 6.
    const { TRY } = figuresOf((await call(b, 'customers/list', { search: 'marmara' })).items[0]);
    expect(TRY).toMatchObject({ balance: 5_000, nextExpected: { day: day(6), amount: 5_000 } });
  });

  it('grows overdue as days pass: the day step works everyone out again on the first list of a day', async () => {
    let clock = now();
    const { b, ege, invoice } = await calendarCompany(() => clock);
    await invoice(ege.id, addDays(today, 2), 3_000);
    const list = async () => figuresOf((await call(b, 'customers/list', { search: 'ege' })).items[0]).TRY;
    expect(await list()).toMatchObject({
      overdue: 0,
      oldestOverdueDays: null,
      nextExpected: { day: addDays(today, 2), amount: 3_000 },
    });
    const later = addDays(today, 5);
    clock = new Date(clock.getTime() + 5 * 86_400_000);
    expect(await list()).toMatchObject({ overdue: 3_000, oldestOverdueDays: 3, nextExpected: null, asOf: later });
  });

  it('sorts by a figure of one currency with keyset pages, and filters overdue only, balance above and currency', async () => {
    const { b, invoice } = await calendarCompany();
    const owed: [string, number, number][] = [
      ['Alfa', 5_000, 30],
      ['Beta', 9_000, 5],
      ['Gama', 0, 0],
      ['Delta', 9_000, 12],
      ['Epsilon', 1_000, 60],
      ['Eta', 2_000, -10], // due in ten days: a TRY row with nothing overdue
    ];
    for (const [title, amount, daysLate] of owed) {
      const c = await call(b, 'customers/create', { title });
      if (amount > 0) await invoice(c.id, addDays(today, -daysLate), amount);
    }
    const usd = await call(b, 'customers/create', { title: 'Zeta Dolar' });
    await invoice(usd.id, addDays(today, -90), 99_000, 'USD');

    const walk = async (args: Record<string, unknown>) => {
      const titles: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call(b, 'customers/list', { ...args, limit: 2, ...(cursor ? { cursor } : {}) });
        titles.push(...page.items.map((c) => c.title));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return titles;
    };
    // The two customers with no TRY figure (Ege and Marmara have no ledger) come after, newest ids last.
    const byOverdue = await walk({ sort: 'overdue' });
    expect(byOverdue.slice(0, 4)).toEqual(['Beta', 'Delta', 'Alfa', 'Epsilon']);
    expect(new Set(byOverdue).size).toBe(9);
    expect(await walk({ sort: 'overdue', currency: 'USD' })).toEqual(['Zeta Dolar']);
    // In one currency the page walks that currency's rows by the figure (ties by id), those without one left out.
    expect(await walk({ sort: 'overdue', currency: 'TRY' })).toEqual(['Beta', 'Delta', 'Alfa', 'Epsilon', 'Eta']);
    expect(await walk({ sort: 'overdue', currency: 'TRY', overdueOnly: true })).toEqual(['Beta', 'Delta', 'Alfa', 'Epsilon']);
    expect((await call(b, 'customers/list', { currency: 'TRY', overdueOnly: true, limit: 1 })).total).toBe(4);
    expect(await walk({ sort: 'oldest_overdue', overdueOnly: true })).toEqual(['Zeta Dolar', 'Epsilon', 'Alfa', 'Delta', 'Beta']);
    expect(await walk({ sort: 'oldest_overdue', overdueOnly: true, currency: 'TRY' })).toEqual([
      'Epsilon',
      'Alfa',
      'Delta',
      'Beta',
    ]);
    expect(await walk({ sort: 'balance', minBalance: 4_999 })).toEqual(['Beta', 'Delta', 'Alfa']);
    expect(await walk({ sort: 'title', minBalance: 50_000, currency: 'USD' })).toEqual(['Zeta Dolar']);
    const counted = await call(b, 'customers/list', { overdueOnly: true, limit: 1 });
    expect(counted.total).toBe(5);
  });
});
