import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

const id = 'integer';

/**
 * The receivables ledger. Amounts are integer minor units. Derived figures that screens read at a million
 * rows (an invoice's open amount, a payment's unallocated rest) are kept on the row and changed only in the
 * same transaction as the allocations they come from.
 */
export const m0002: Migration = {
  version: 2,
  name: 'ledger',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('invoices')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('number_key', 'text', (c) => c.notNull().unique())
      .addColumn('issue_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('net', 'integer', (c) => c.notNull())
      .addColumn('vat', 'integer', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull().check(sql`total > 0`))
      .addColumn('open_amount', 'integer', (c) => c.notNull().check(sql`open_amount >= 0 and open_amount <= total`))
      .addColumn('written_off_amount', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('written_off_on', 'text')
      .addColumn('write_off_reason', 'text')
      .addColumn('open_disputes', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('paid_date', 'text')
      .addColumn('ettn', 'text')
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addCheckConstraint('due_after_issue', sql`due_date >= issue_date`)
      .execute();
    await db.schema.createIndex('invoices_by_customer_due').on('invoices').columns(['customer_id', 'due_date']).execute();
    await db.schema.createIndex('invoices_by_issue').on('invoices').columns(['issue_date', 'id']).execute();
    await db.schema.createIndex('invoices_by_due').on('invoices').columns(['due_date', 'id']).execute();
    await sql`create unique index invoices_by_ettn on invoices (ettn) where ettn is not null`.execute(db);
    // Aging and "who owes what" only ever look at invoices with something still open.
    await sql`create index invoices_open_by_due on invoices (currency, due_date, customer_id, open_amount, issue_date) where open_amount > 0`.execute(
      db,
    );

    // The invoice list filtered to what is still owed pages by issue date over open rows only; the trailing
    // columns let it test currency, due date and disputes without reading the table.
    await sql`create index invoices_open_by_issue on invoices (issue_date, id, currency, due_date, open_disputes) where open_amount > 0`.execute(
      db,
    );

    await db.schema
      .createTable('invoice_lines')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('invoice_id', id, (c) => c.notNull().references('invoices.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('quantity_milli', 'integer', (c) => c.notNull())
      .addColumn('unit_price', 'integer', (c) => c.notNull())
      .addColumn('vat_rate', 'integer', (c) => c.notNull().check(sql`vat_rate in (0, 1, 10, 20)`))
      .addColumn('discount_bp', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('net', 'integer', (c) => c.notNull())
      .addColumn('vat', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('invoice_lines_by_invoice').on('invoice_lines').columns(['invoice_id', 'position']).execute();

    await db.schema
      .createTable('payments')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('payment', 'credit_note')`))
      .addColumn('number', 'text')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('unallocated', 'integer', (c) => c.notNull().check(sql`unallocated >= 0 and unallocated <= amount`))
      .addColumn('method', 'text')
      .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('invoice_id', id, (c) => c.references('invoices.id'))
      .addColumn('reversed_at', 'text')
      .addColumn('reversal_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('payments_by_customer').on('payments').columns(['customer_id', 'date']).execute();
    await db.schema.createIndex('payments_by_date').on('payments').columns(['date', 'id']).execute();
    await sql`create unique index credit_notes_by_number on payments (number) where kind = 'credit_note'`.execute(db);
    await sql`create index payments_with_credit on payments (customer_id, currency) where unallocated > 0 and reversed_at is null`.execute(
      db,
    );

    await db.schema
      .createTable('allocations')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('invoice_id', id, (c) => c.notNull().references('invoices.id'))
      .addColumn('payment_id', id, (c) => c.notNull().references('payments.id'))
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('reversed_at', 'text')
      .execute();
    await db.schema.createIndex('allocations_by_invoice').on('allocations').column('invoice_id').execute();
    await db.schema.createIndex('allocations_by_payment').on('allocations').column('payment_id').execute();

    await db.schema
      .createTable('disputes')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('invoice_id', id, (c) => c.notNull().references('invoices.id'))
      .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'accepted', 'rejected')`))
      .addColumn('opened_on', 'text', (c) => c.notNull())
      .addColumn('resolved_on', 'text')
      .addColumn('resolution_note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('credit_note_id', id, (c) => c.references('payments.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('disputes_by_invoice').on('disputes').columns(['invoice_id', 'status']).execute();
    await db.schema.createIndex('disputes_by_customer').on('disputes').columns(['customer_id', 'opened_on']).execute();

    await db.schema
      .createTable('promises')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
      .addColumn('promised_date', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('made_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'kept', 'broken', 'cancelled')`))
      .addColumn('settled_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('promises_by_customer').on('promises').columns(['customer_id', 'promised_date']).execute();

    await db.schema
      .createTable('activities')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('customer_id', id, (c) => c.notNull().references('customers.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('outcome', 'text')
      .addColumn('invoice_id', id, (c) => c.references('invoices.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activities_by_customer').on('activities').columns(['customer_id', 'occurred_at']).execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', id, (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', id, (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema.createIndex('audit_by_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();
    // The audit log is append-only: the database itself refuses to change or delete a row.
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit log is append-only'); end`.execute(
      db,
    );
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit log is append-only'); end`.execute(
      db,
    );
  },
};
