import { sql, type Kysely } from 'kysely';
import { foldSearch } from '../../../src-shared/text/turkish';
import type { Migration } from './migration';

const CHUNK = 1000;

/**
 * Customers' `search_text` held the Turkish lower case of every searchable field; it now holds the search-folded
 * form (Turkish letters without their marks too, `foldSearch`), so "akdeniz gida" finds "Akdeniz Gıda". Folding the
 * old text again gives the new one (lower case first, then the marks), so the rows are rewritten from themselves.
 */
export const m0019: Migration = {
  version: 19,
  name: 'search-ignores-turkish-letters',
  async up(db: Kysely<unknown>) {
    for (let after = 0; ;) {
      const rows = (
        await sql<{ id: number; search_text: string }>`select id, search_text from customers where id > ${after}
          order by id limit ${CHUNK}`.execute(db)
      ).rows;
      if (rows.length === 0) return;
      for (const row of rows) {
        const folded = foldSearch(row.search_text);
        if (folded !== row.search_text) await sql`update customers set search_text = ${folded} where id = ${row.id}`.execute(db);
      }
      after = rows.at(-1)!.id;
    }
  },
};
