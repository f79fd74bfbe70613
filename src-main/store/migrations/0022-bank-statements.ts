import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

/**
 * Bank statements: every imported account line once (unique fingerprint per account), its match (best customer,
 * confidence, candidates and proposed allocation as JSON, rewritten when matched again) and, once accepted, the
 * payments it became. `customer_ibans` holds the IBANs a customer pays from: typed on the card or learned from
 * accepted lines (an IBAN may serve several customers: a parent company paying for its subsidiaries).
 * Open invoices by currency and amount let a transfer with no other clue find the invoice it equals.
 */
export const m0022: Migration = {
  version: 22,
  name: 'bank-statements',
  async up(db: Kysely<unknown>) {
    await sql`create table bank_lines (
      id integer primary key,
      account_iban text not null,
      fingerprint text not null,
      booking_date text not null,
      direction text not null check (direction in ('credit', 'debit')),
      amount integer not null check (amount > 0),
      currency text not null,
      description text not null,
      counterparty_name text not null,
      counterparty_iban text not null,
      reference text not null,
      balance integer,
      source_file text not null,
      imported_at text not null,
      status text not null check (status in ('open', 'accepted', 'dismissed', 'debit')),
      customer_id integer references customers (id),
      confidence integer not null default 0,
      candidates text not null default '[]',
      allocation text not null default '[]',
      handled_at text,
      unique (account_iban, fingerprint)
    )`.execute(db);
    await sql`create index bank_lines_by_status on bank_lines (status, booking_date, id)`.execute(db);
    await sql`create index bank_lines_confident on bank_lines (status, confidence) where status = 'open'`.execute(db);
    await sql`create index bank_lines_by_sender on bank_lines (counterparty_iban, status) where counterparty_iban != ''`.execute(
      db,
    );
    await sql`create table bank_line_payments (
      line_id integer not null references bank_lines (id),
      payment_id integer not null references payments (id),
      primary key (line_id, payment_id)
    ) without rowid`.execute(db);
    await sql`create table customer_ibans (
      iban text not null,
      customer_id integer not null references customers (id),
      source text not null check (source in ('card', 'learned')),
      created_at text not null,
      primary key (iban, customer_id)
    ) without rowid`.execute(db);
    await sql`create index customer_ibans_by_customer on customer_ibans (customer_id, iban)`.execute(db);
    await sql`create index invoices_open_by_amount on invoices (currency, open_amount) where open_amount > 0`.execute(db);
  },
};
