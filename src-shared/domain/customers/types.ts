import type { RiskSegment } from '../reports/types';
import type { Money } from '../../money/currency';
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
}

export interface CustomerPage {
  items: CustomerListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How many customers match the filter in all. */
  total: number;
}
