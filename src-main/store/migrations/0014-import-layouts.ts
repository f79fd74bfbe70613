import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Imports: the column mapping a user chose for a spreadsheet layout (the hash of its header row), so the
 * next file from the same program maps itself; and the ETTN of credit notes read from e-Arşiv/e-Fatura
 * returns (IADE), unique like the invoices' own, so a file imported twice is recognised.
 */
export const m0014: Migration = {
  version: 14,
  name: 'import-layouts',
  async up(db: Kysely<unknown>) {
    await sql`create table import_layouts (
      layout_hash text not null,
      kind text not null,
      mapping text not null,
      updated_at text not null,
      primary key (layout_hash, kind)
    ) without rowid`.execute(db);
    await sql`alter table payments add column ettn text`.execute(db);
    await sql`create unique index payments_by_ettn on payments (ettn) where ettn is not null`.execute(db);
  },
};
