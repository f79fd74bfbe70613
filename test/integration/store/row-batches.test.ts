import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../../src-main/features/customers/customer-figures';
import { writeRows } from '../../../src-main/store/dialect/row-batches';
import { call, testBackend } from '../../support/test-backend';

describe('writing many rows at once (the day steps)', () => {
  it('writes more rows than one SQLite chunk with their nulls, and an upsert replaces only the named columns', async () => {
    const b = await testBackend();
    const ids: number[] = [];
    for (const title of ['Ada', 'Bora']) ids.push((await call(b, 'customers/create', { title })).id);
    // 1,300 rows: three SQLite statements, one PostgreSQL statement.
    const rows = Array.from({ length: 1_300 }, (_, i) => ({
      customer_id: ids[i % 2]!,
      currency: `C${i}`,
      balance: 9_007_199_254 + i,
      oldest: i % 3 === 0 ? null : `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    const db = b.store.db;
    const figures = rows.map((r) => ({
      customer_id: r.customer_id,
      currency: r.currency,
      balance: r.balance,
      overdue: 0,
      oldest_overdue_due: r.oldest,
      next_expected_day: null,
      next_expected_amount: 0,
      computed_on: '2026-12-05',
      to_chase: 0,
      oldest_to_chase_due: null,
      open_amount: r.balance,
    }));
    await writeRows(db, 'customer_figures', FIGURE_COLUMNS, figures);
    const read = async () =>
      (
        await db
          .selectFrom('customer_figures')
          .select(['customer_id', 'currency', 'balance', 'oldest_overdue_due', 'computed_on'])
          .execute()
      )
        .map((r) => ({ ...r, balance: Number(r.balance) }))
        .sort((x, y) => Number(x.currency.slice(1)) - Number(y.currency.slice(1)));
    expect(await read()).toEqual(
      rows.map((r) => ({
        customer_id: r.customer_id,
        currency: r.currency,
        balance: r.balance,
        oldest_overdue_due: r.oldest,
        computed_on: '2026-12-05',
      })),
    );

    // Again with other balances and day: an upsert that updates only the balance keeps the old day.
    await writeRows(
      db,
      'customer_figures',
      FIGURE_COLUMNS,
      figures.map((f) => ({ ...f, balance: f.balance + 1, computed_on: '2026-12-06' })),
      { key: ['customer_id', 'currency'], update: ['balance'] },
    );
    const after = await read();
    expect(after).toHaveLength(1_300);
    expect(after.every((r, i) => r.balance === rows[i]!.balance + 1 && r.computed_on === '2026-12-05')).toBe(true);
  });
});
