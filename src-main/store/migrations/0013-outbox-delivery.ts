import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * What the sender needs on top of migration 10: why a message is not sent (`failure_kind`: the server refused
 * it, it could not be reached, a send was cut off by a crash, or SMTP is not set up), so the outbox screen can
 * explain it without parsing the server's text. And two indexes for the "Today" worklist: tasks finished today,
 * and promises by their date (recently broken ones put a customer first).
 */
export const m0013: Migration = {
  version: 13,
  name: 'outbox-delivery',
  async up(db) {
    await sql`alter table outbox_messages add column failure_kind text
      check (failure_kind in ('permanent', 'transient', 'interrupted', 'configuration'))`.execute(db);
    await sql`create index reminder_tasks_finished on reminder_tasks (done_at, customer_id) where done_at is not null`.execute(
      db,
    );
    await sql`create index promises_by_date on promises (promised_date, customer_id) where status != 'cancelled'`.execute(db);
  },
};
