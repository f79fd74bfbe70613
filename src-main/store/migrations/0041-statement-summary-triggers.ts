import { sql, type Kysely } from 'kysely';
import { storeKindOf } from '../dialect/kind';
import { POSTGRES_AS_IS } from '../postgres/sqlite-ddl-to-postgres';
import { stateOf } from './0004-invoice-summary';
import { bandOfCustomer } from './0017-forecast-open-amounts';
import type { Migration } from './migration';

/** Days an invoice was paid after its due date (0 when on time or early), times its total: 0006's rule (0038 adds the late count). */
const LATE_WEIGHTED = 'greatest(0, paid_date::date - due_date::date) * total';

/** `set a = t.a + excluded.a, …`: what an upsert adds to a kept row. */
const addTo = (table: string, columns: string[]) =>
  columns.map((column) => `${column} = ${table}.${column} + excluded.${column}`).join(', ');

/** One kept table's grouped upsert from the statement's inserted invoices (`inserted`). */
const INVOICE_INSERTS: Record<string, string> = {
  invoice_summary_insert: `insert into invoice_summary (currency, state, due_date, count, total, open)
    select currency, ${stateOf('i')}, due_date, count(*), sum(total), sum(open_amount) from inserted i group by 1, 2, 3
    on conflict (currency, state, due_date) do update set ${addTo('invoice_summary', ['count', 'total', 'open'])}`,
  daily_ledger_insert: `insert into daily_ledger (day, currency, issued_total)
    select issue_date, currency, sum(total) from inserted group by 1, 2
    on conflict (day, currency) do update set ${addTo('daily_ledger', ['issued_total'])}`,
  daily_ledger_insert_paid: `insert into daily_ledger (day, currency, paid_count, paid_total, paid_late_weighted)
    select paid_date, currency, count(*), sum(total), sum(${LATE_WEIGHTED}) from inserted where paid_date is not null group by 1, 2
    on conflict (day, currency) do update set ${addTo('daily_ledger', ['paid_count', 'paid_total', 'paid_late_weighted'])}`,
  customer_habits_insert: `insert into customer_habits (customer_id, paid_count, paid_total, late_weighted, late_count)
    select customer_id, count(*), sum(total), sum(${LATE_WEIGHTED}), sum(case when paid_date > due_date then 1 else 0 end)
    from inserted where paid_date is not null group by 1
    on conflict (customer_id) do update set ${addTo('customer_habits', ['paid_count', 'paid_total', 'late_weighted', 'late_count'])}`,
  open_by_customer_due_insert: `insert into open_by_customer_due (customer_id, currency, due_date, count, open)
    select customer_id, currency, due_date, count(*), sum(open_amount) from inserted where open_amount > 0 group by 1, 2, 3
    on conflict (customer_id, currency, due_date) do update set ${addTo('open_by_customer_due', ['count', 'open'])}`,
};

/**
 * Rows of `open_by_customer_due`'s transition tables (added with '+', removed with '-') into the lateness bands at
 * the customer's band of the moment, summed per band row: one upsert, then the rows it left at zero.
 */
const intoBands = (parts: [table: string, sign: '+' | '-'][]) => {
  const changes = parts
    .map(
      ([table, sign]) => `select ${bandOfCustomer('c.customer_id')} as band, c.customer_id, c.currency, c.due_date,
        ${sign}c.count as count, ${sign}c.open as open from ${table} c`,
    )
    .join(' union all ');
  const keyed = `(select band, case when band >= 0 then 0 else customer_id end as owner, currency, due_date, count, open
    from (${changes}) c)`;
  return `insert into open_by_lateness_due (band, customer_id, currency, due_date, count, open)
    select band, owner, currency, due_date, sum(count), sum(open) from ${keyed} k group by 1, 2, 3, 4
    on conflict (band, customer_id, currency, due_date) do update set ${addTo('open_by_lateness_due', ['count', 'open'])};
  delete from open_by_lateness_due d using (select distinct band, owner, currency, due_date from ${keyed} k) k
    where d.band = k.band and d.customer_id = k.owner and d.currency = k.currency and d.due_date = k.due_date and d.count = 0`;
};

const BAND_CHANGES: Record<string, { event: string; referencing: string; body: string }> = {
  open_by_lateness_insert: { event: 'insert', referencing: 'new table as added', body: intoBands([['added', '+']]) },
  open_by_lateness_update: {
    event: 'update',
    referencing: 'old table as removed new table as added',
    body: intoBands([
      ['removed', '-'],
      ['added', '+'],
    ]),
  },
  open_by_lateness_delete: { event: 'delete', referencing: 'old table as removed', body: intoBands([['removed', '-']]) },
};

/** A statement-level trigger of the same name in place of a row trigger (its function `<name>_fn`, as 0004–0017). */
const statementTrigger = (name: string, event: string, table: string, referencing: string, body: string) => [
  `drop trigger ${name} on ${table}`,
  `create or replace function ${name}_fn() returns trigger language plpgsql as $vade$
begin
  ${body};
  return null;
end $vade$`,
  `create trigger ${name} after ${event} on ${table} referencing ${referencing} for each statement execute function ${name}_fn()`,
];

/**
 * On a server, the kept figures of an invoice insert follow once per statement instead of once per row: a 500-row
 * insert of a spreadsheet import fired five to seven PL/pgSQL calls per invoice (nearly all of the server's time);
 * now each kept table takes one grouped upsert from the statement's transition table. Changes to
 * `open_by_customer_due` reach the lateness bands the same way (an invoice insert touches one row per customer and
 * due date, each of which fired its own band trigger). Same names, same sums: each trigger still keeps its table
 * for every write, and PostgreSQL fires row and statement AFTER triggers alike at the end of their statement, so
 * what a later statement reads is the same. Updates and deletes of invoices keep their row triggers (a handler
 * changes one or a few invoices). SQLite has no statement triggers and keeps its row triggers: nothing to do there.
 */
export const m0041: Migration = {
  version: 41,
  name: 'statement-summary-triggers',
  async up(db: Kysely<unknown>) {
    if (storeKindOf(db) !== 'postgres') return;
    const statements = [
      ...Object.entries(INVOICE_INSERTS).flatMap(([name, body]) =>
        statementTrigger(name, 'insert', 'invoices', 'new table as inserted', body),
      ),
      ...Object.entries(BAND_CHANGES).flatMap(([name, { event, referencing, body }]) =>
        statementTrigger(name, event, 'open_by_customer_due', referencing, body),
      ),
    ];
    for (const statement of statements) await sql.raw(`${POSTGRES_AS_IS} ${statement}`).execute(db);
  },
};
