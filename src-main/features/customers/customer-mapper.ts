import { daysBetween } from '../../../src-shared/dates/business-date';
import type { Contact, Customer, CustomerFigures, CustomerListItem } from '../../../src-shared/domain/customers/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Selectable } from 'kysely';
import type { CustomerFiguresTable } from '../../store/tables/customer-figures';
import type { CustomerContactsTable, CustomersTable } from '../../store/tables/customers';

type CustomerRow = Selectable<CustomersTable>;
type ContactRow = Selectable<CustomerContactsTable>;

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    phone: row.phone,
    email: row.email,
    preferredChannel: row.preferred_channel as Contact['preferredChannel'],
    topics: parseList(row.topics),
  };
}

export function toCustomer(row: CustomerRow, contacts: ContactRow[]): Customer {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    kind: row.kind as Customer['kind'],
    taxId: row.tax_id,
    taxOffice: row.tax_office,
    address: row.address,
    city: row.city,
    phone: row.phone,
    email: row.email,
    paymentTermsDays: row.payment_terms_days,
    creditLimit:
      row.credit_limit_amount === null || row.credit_limit_currency === null
        ? null
        : { amount: row.credit_limit_amount, currency: row.credit_limit_currency as Currency },
    tags: parseList(row.tags),
    notes: row.notes,
    contacts: contacts.map(toContact),
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export type ListRow = Pick<
  CustomerRow,
  'id' | 'code' | 'title' | 'kind' | 'tax_id' | 'city' | 'phone' | 'email' | 'tags' | 'archived_at'
> & { risk_segment: string };

export const toFigures = (row: CustomerFiguresTable): CustomerFigures => ({
  currency: row.currency as Currency,
  balance: row.balance,
  overdue: row.overdue,
  oldestOverdueDays: row.oldest_overdue_due === null ? null : daysBetween(row.oldest_overdue_due, row.computed_on),
  nextExpected: row.next_expected_day === null ? null : { day: row.next_expected_day, amount: row.next_expected_amount },
  asOf: row.computed_on,
});

export const toListItem = (row: ListRow, figures: CustomerFigures[]): CustomerListItem => ({
  id: row.id,
  code: row.code,
  title: row.title,
  kind: row.kind as CustomerListItem['kind'],
  taxId: row.tax_id,
  city: row.city,
  phone: row.phone,
  email: row.email,
  tags: parseList(row.tags),
  archived: row.archived_at !== null,
  riskSegment: row.risk_segment as CustomerListItem['riskSegment'],
  figures,
});
