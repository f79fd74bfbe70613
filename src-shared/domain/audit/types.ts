import type { Currency } from '../../money/currency';
import type { AUDIT_ENTITIES } from './schemas';

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** One field that a change set, changed or cleared; values as the record held them (JSON). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  /** ISO UTC timestamp. */
  at: string;
  /** The computer's account that made the change (the OS user). */
  actor: string;
  /** The person named on that PC; null for changes made before names were kept or on a PC with none set. */
  actorName: string | null;
  /** The method that made the change, e.g. 'customers/update'. */
  action: string;
  entity: AuditEntity;
  entityId: number;
  /** How the record is known to people: an invoice number, a customer's code and title… */
  label: string;
  /** The record's currency, for showing its amounts (null for a customer). */
  currency: Currency | null;
  /** The fields that differ between the record before and after (all set fields for a new record). */
  changes: FieldChange[];
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}
