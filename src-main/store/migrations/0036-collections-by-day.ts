import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * The collections report's rows alone, in its grouping order (day, currency, method) with the amount: a year of a
 * million-invoice ledger is 440,000 of its 870,000 payments. PostgreSQL read them by a parallel scan of the whole
 * table rather than through `payments_collected_by_method` (which leads with kind and reversed_at, so it was costed
 * near the table): 1.2–2.1 s; through this smaller partial index it reads them in order, 0.3–0.7 s. SQLite's planner
 * keeps the wider one (already in that order after its two equality columns); the index exists there too because
 * both stores keep the same schema.
 */
export const m0036: Migration = {
  version: 36,
  name: 'collections-by-day',
  async up(db: Kysely<unknown>) {
    await sql`create index payments_collected_by_day on payments (date, currency, method, amount)
      where kind = 'payment' and reversed_at is null`.execute(db);
  },
};
