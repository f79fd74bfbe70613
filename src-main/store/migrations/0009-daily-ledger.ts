import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

type Row = 'new' | 'old';

/** Adds (or with '-' takes away) one invoice's total on its issue day. */
const issued = (row: Row, sign: '+' | '-') =>
  `insert into daily_ledger (day, currency, issued_total) values (${row}.issue_date, ${row}.currency, ${sign}${row}.total)
    on conflict (day, currency) do update set issued_total = issued_total + excluded.issued_total;`;

/** Adds (or takes away) one settled invoice on the day it was settled: count, total, days late × total. */
const paid = (row: Row, sign: '+' | '-') =>
  `insert into daily_ledger (day, currency, paid_count, paid_total, paid_late_weighted)
    values (${row}.paid_date, ${row}.currency, ${sign}1, ${sign}${row}.total,
      ${sign}max(0, cast(julianday(${row}.paid_date) - julianday(${row}.due_date) as integer)) * ${row}.total)
    on conflict (day, currency) do update set paid_count = paid_count + excluded.paid_count,
      paid_total = paid_total + excluded.paid_total, paid_late_weighted = paid_late_weighted + excluded.paid_late_weighted;`;

/**
 * Per day and currency: what was invoiced, and what was settled and how late — kept by triggers in the
 * statement that writes an invoice (bulk loads included). The dashboard's sales (DSO, CEI, the 12-month
 * trend) and days-late figures then sum a few hundred daily rows instead of scanning months of invoices.
 */
export const m0009: Migration = {
  version: 9,
  name: 'daily-ledger',
  async up(db: Kysely<unknown>) {
    await sql`create table daily_ledger (
      day text not null,
      currency text not null,
      issued_total integer not null default 0,
      paid_count integer not null default 0,
      paid_total integer not null default 0,
      paid_late_weighted integer not null default 0,
      primary key (day, currency)
    ) without rowid`.execute(db);
    await sql`insert into daily_ledger (day, currency, issued_total)
      select issue_date, currency, sum(total) from invoices group by 1, 2`.execute(db);
    await sql`insert into daily_ledger (day, currency, paid_count, paid_total, paid_late_weighted)
      select paid_date, currency, count(*), sum(total),
             sum(max(0, cast(julianday(paid_date) - julianday(due_date) as integer)) * total)
      from invoices where paid_date is not null group by 1, 2
      on conflict (day, currency) do update set paid_count = excluded.paid_count, paid_total = excluded.paid_total,
        paid_late_weighted = excluded.paid_late_weighted`.execute(db);
    await sql`create trigger daily_ledger_insert after insert on invoices begin ${sql.raw(issued('new', '+'))} end`.execute(db);
    await sql`create trigger daily_ledger_insert_paid after insert on invoices when new.paid_date is not null
      begin ${sql.raw(paid('new', '+'))} end`.execute(db);
    await sql`create trigger daily_ledger_delete after delete on invoices begin ${sql.raw(issued('old', '-'))} end`.execute(db);
    await sql`create trigger daily_ledger_delete_paid after delete on invoices when old.paid_date is not null
      begin ${sql.raw(paid('old', '-'))} end`.execute(db);
    await sql`create trigger daily_ledger_reissued after update of issue_date, total, currency on invoices
      begin ${sql.raw(issued('old', '-'))} ${sql.raw(issued('new', '+'))} end`.execute(db);
    await sql`create trigger daily_ledger_unpaid after update of paid_date, due_date, total, currency on invoices
      when old.paid_date is not null begin ${sql.raw(paid('old', '-'))} end`.execute(db);
    await sql`create trigger daily_ledger_paid after update of paid_date, due_date, total, currency on invoices
      when new.paid_date is not null begin ${sql.raw(paid('new', '+'))} end`.execute(db);
  },
};
