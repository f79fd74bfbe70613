import type { Generated } from 'kysely';

export interface CustomersTable {
  id: Generated<number>;
  code: string;
  /** Turkish-folded code: uniqueness and code order ignore case the Turkish way. */
  code_key: string;
  title: string;
  kind: string;
  tax_id: string;
  tax_office: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  payment_terms_days: number;
  credit_limit_amount: number | null;
  credit_limit_currency: string | null;
  /** JSON array of strings. */
  tags: string;
  notes: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** Turkish-folded text of every searchable field, for LIKE search (SQLite folds ASCII only). */
  search_text: string;
  /** Binary-sortable key in Turkish alphabetical order. */
  sort_title: string;
}

export interface CustomerContactsTable {
  id: Generated<number>;
  customer_id: number;
  position: number;
  name: string;
  role: string;
  phone: string;
  email: string;
  preferred_channel: string;
  /** JSON array of topic names. */
  topics: string;
}
