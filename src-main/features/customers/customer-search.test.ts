import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { foldTr } from '../../../src-shared/text/turkish';
import { call, testBackend } from '../../../test/support/test-backend';
import { fixedClock, TEST_TODAY } from '../../../test/support/fixed-clock';
import { m0019 } from '../../store/migrations/0019-search-ignores-turkish-letters';

async function company() {
  const b = await testBackend(undefined, fixedClock().now);
  const titles = ['İSTANBUL BOYA A.Ş.', 'Akdeniz Gıda Ltd. Şti.', 'Doğu Yapı', 'Işık Kırtasiye', 'Irmak Çiçekçilik'];
  const ids = new Map<string, number>();
  for (const title of titles) ids.set(title, (await call(b, 'customers/create', { title, city: 'Muğla' })).id);
  const titlesFound = async (search: string) =>
    (await call(b, 'customers/list', { search })).items.map((c) => c.title).sort((x, y) => x.localeCompare(y, 'tr'));
  return { b, ids, titlesFound };
}

describe('search that ignores Turkish letters', () => {
  it('finds customers typed without Turkish letters or in any case', async () => {
    const { titlesFound } = await company();
    expect(await titlesFound('ISTANBUL')).toEqual(['İSTANBUL BOYA A.Ş.']);
    expect(await titlesFound('istanbul')).toEqual(['İSTANBUL BOYA A.Ş.']);
    expect(await titlesFound('akdeniz gida')).toEqual(['Akdeniz Gıda Ltd. Şti.']);
    expect(await titlesFound('AKDENİZ GIDA')).toEqual(['Akdeniz Gıda Ltd. Şti.']);
    expect(await titlesFound('dogu')).toEqual(['Doğu Yapı']);
    expect(await titlesFound('isik kirtasiye')).toEqual(['Işık Kırtasiye']);
    expect(await titlesFound('cicek')).toEqual(['Irmak Çiçekçilik']);
    expect(await titlesFound('mugla')).toHaveLength(5);
    expect(await titlesFound('gida yapi')).toEqual([]);
  });

  it('finds invoices by their customer typed without Turkish letters', async () => {
    const { b, ids } = await company();
    const customerId = ids.get('Akdeniz Gıda Ltd. Şti.')!;
    await call(b, 'invoices/create', {
      customerId,
      issueDate: TEST_TODAY,
      dueDate: TEST_TODAY,
      total: 10_000,
      currency: 'TRY',
    });
    const found = await call(b, 'invoices/list', { search: 'akdeniz gida' });
    expect(found.items.map((i) => i.customerId)).toEqual([customerId]);
  });

  it('migration 19 rebuilds the search text of customers saved before it', async () => {
    const { b, titlesFound } = await company();
    // As rows were stored before: the Turkish lower case only.
    const rows = await b.store.db.selectFrom('customers').select(['id', 'title', 'city']).execute();
    for (const row of rows)
      await b.store.db
        .updateTable('customers')
        .set({ search_text: foldTr(`${row.title}\u001f${row.city}`) })
        .where('id', '=', row.id)
        .execute();
    expect(await titlesFound('akdeniz gida')).toEqual([]);
    await b.store.db.transaction().execute((trx) => m0019.up(trx as never));
    expect(await titlesFound('akdeniz gida')).toEqual(['Akdeniz Gıda Ltd. Şti.']);
    expect(await titlesFound('İstanbul')).toEqual(['İSTANBUL BOYA A.Ş.']);
    const sample = await sql<{ search_text: string }>`select search_text from customers where title like 'Doğu%'`.execute(
      b.store.db,
    );
    expect(sample.rows[0]!.search_text).toBe('dogu yapi\u001fmugla');
  });
});
