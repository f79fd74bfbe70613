import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Indexes for the dashboard and the calendar at a million invoices. Cheques and notes still to be collected by
 * maturity, holding what the calendar and the forecast sum (before, every live cheque's row was read through the
 * status index), and the few cheque events that dishonour one (the cheque honour rate probed every cheque's events).
 */
export const m0033: Migration = {
  version: 33,
  name: 'screen-indexes',
  async up(db: Kysely<unknown>) {
    await sql`create index cheques_live_by_due on cheques (due_date, currency, amount, customer_id)
      where status in ('portfolio', 'at_bank')`.execute(db);
    await sql`create index cheque_events_dishonoured on cheque_events (cheque_id)
      where to_status in ('bounced', 'protested')`.execute(db);
  },
};
