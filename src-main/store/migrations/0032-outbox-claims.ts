import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Several PCs share one outbox (a company on a PostgreSQL server): a message being sent names the sender that
 * claimed it and when, so a sender whose claim ran out (its PC crashed) can no longer write over the outcome of
 * another's later attempt, and the outbox can say which PC sent what.
 */
export const m0032: Migration = {
  version: 32,
  name: 'outbox-claims',
  async up(db: Kysely<unknown>) {
    await sql`alter table outbox_messages add column claimed_by text`.execute(db);
    await sql`alter table outbox_messages add column claimed_at text`.execute(db);
  },
};
