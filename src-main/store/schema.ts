import type { Kysely, Transaction } from 'kysely';
import type { CustomerContactsTable, CustomersTable } from './tables/customers';
import type { SettingsTable } from './tables/settings';

/** Every table Kysely knows, one interface per table file. */
export interface Database {
  customers: CustomersTable;
  customer_contacts: CustomerContactsTable;
  settings: SettingsTable;
}

export type Db = Kysely<Database> | Transaction<Database>;
