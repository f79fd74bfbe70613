import type { Generated } from 'kysely';
import type { ChequeKind, ChequeStatus } from '../../../src-shared/domain/cheques/lifecycle';

export interface ChequesTable {
  id: Generated<number>;
  kind: ChequeKind;
  customer_id: number;
  payment_id: number;
  serial_number: string;
  bank: string;
  branch: string;
  drawer: string;
  /** JSON array of names. */
  endorsers: string;
  issue_place: string;
  issue_date: string;
  due_date: string;
  amount: number;
  currency: string;
  status: ChequeStatus;
  status_date: string;
  counterparty: string;
  received_on: string;
  note: string;
  created_at: string;
}

export interface ChequeEventsTable {
  id: Generated<number>;
  cheque_id: number;
  customer_id: number;
  from_status: ChequeStatus | null;
  to_status: ChequeStatus;
  date: string;
  note: string;
  counterparty: string;
  created_at: string;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
}
