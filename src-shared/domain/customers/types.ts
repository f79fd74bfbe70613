import type { RiskSegment } from '../reports/types';
import type { Currency, Money } from '../../money/currency';
import type { CONTACT_CHANNELS, CONTACT_TOPICS, CUSTOMER_KINDS } from './schemas';

export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export interface Contact {
  id: number;
  name: string;
  role: string;
  phone: string;
  email: string;
  preferredChannel: ContactChannel;
  topics: ContactTopic[];
}

/** A customer card (cari kart). Empty text fields are ''. */
export interface Customer {
  id: number;
  code: string;
  title: string;
  kind: CustomerKind;
  taxId: string;
  taxOffice: string;
  address: string;
  city: string;
  phone: string;
  email: string;
  paymentTermsDays: number;
  creditLimit: Money | null;
  tags: string[];
  notes: string;
  contacts: Contact[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Increases on every change; send it back with an update to detect a concurrent edit. */
  version: number;
}

export interface CustomerListItem {
  id: number;
  code: string;
  title: string;
  kind: CustomerKind;
  taxId: string;
  city: string;
  phone: string;
  email: string;
  tags: string[];
  archived: boolean;
  /** The stored risk segment (a neutral B until the customer has a ledger). */
  riskSegment: RiskSegment;
  /** What the customer owes, one entry per currency with anything in it (TRY first). */
  figures: CustomerFigures[];
}

/** One currency of a customer's account as the list shows it (kept in `customer_figures`). */
export interface CustomerFigures {
  currency: Currency;
  /** Open invoices less money paid ahead; negative when the customer is in credit. */
  balance: number;
  overdue: number;
  /** Days since the oldest overdue amount fell due; null when nothing is overdue. */
  oldestOverdueDays: number | null;
  /** The first day from today on when a collection is expected, and how much. */
  nextExpected: { day: string; amount: number } | null;
  /** The day these figures were worked out on (today, unless the day's refresh has not run yet). */
  asOf: string;
}

export interface CustomerPage {
  items: CustomerListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many customers match the filter in all. */
  total: number;
}
