import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/** The company shown on statements and letters: one row, the logo kept in the database with the rest. */
export const m0003: Migration = {
  version: 3,
  name: 'company-profile',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('company_profile')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('logo', 'blob')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
