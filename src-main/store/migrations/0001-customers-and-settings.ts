import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration';

export const m0001: Migration = {
  version: 1,
  name: 'customers-and-settings',
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('customers')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('code_key', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('company', 'person')`))
      .addColumn('tax_id', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('tax_office', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('payment_terms_days', 'integer', (c) => c.notNull().defaultTo(30))
      .addColumn('credit_limit_amount', 'integer', (c) => c.check(sql`credit_limit_amount >= 0`))
      .addColumn('credit_limit_currency', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('archived_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('sort_title', 'text', (c) => c.notNull())
      .addCheckConstraint('credit_limit_pair', sql`(credit_limit_amount is null) = (credit_limit_currency is null)`)
      .execute();
    // The list pages by (sort key, id) within active or archived customers.
    await db.schema.createIndex('customers_by_title').on('customers').columns(['sort_title', 'id']).execute();
    await db.schema.createIndex('customers_by_tax_id').on('customers').column('tax_id').execute();

    await db.schema
      .createTable('customer_contacts')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('preferred_channel', 'text', (c) => c.notNull())
      .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
    await db.schema
      .createIndex('customer_contacts_by_customer')
      .on('customer_contacts')
      .columns(['customer_id', 'position'])
      .execute();
  },
};
