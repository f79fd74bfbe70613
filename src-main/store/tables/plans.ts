import type { Generated } from 'kysely';

export type PlanKind = 'instalment' | 'restructure';
export type PlanStatus = 'active' | 'completed' | 'broken' | 'replanned' | 'cancelled';

export interface PaymentPlansTable {
  id: Generated<number>;
  customer_id: number;
  currency: string;
  kind: PlanKind;
  status: PlanStatus;
  /** What the plan covers (the invoices' open amounts), before interest. */
  principal: number;
  down_payment: Generated<number>;
  /** Simple plan interest / vade farkı in basis points a year (2,5% = 250). */
  interest_rate_bp: Generated<number>;
  interest_amount: Generated<number>;
  /** principal + interest_amount: what the instalments add up to. */
  total: number;
  /** 'monthly:<day>', 'weekly:<n>' or 'custom'. */
  frequency: string;
  start_date: string;
  note: Generated<string>;
  replaces_plan_id: number | null;
  /** The vade farkı invoice the plan issued for its interest (migration 0011); null without interest. */
  interest_invoice_id: number | null;
  status_date: string;
  created_at: string;
}

export interface PlanInvoicesTable {
  plan_id: number;
  invoice_id: number;
  amount: number;
}

export interface PlanInstalmentsTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  kind: 'down_payment' | 'instalment';
  due_date: string;
  amount: number;
  paid_amount: Generated<number>;
  customer_id: number;
  currency: string;
}

/** A plan's dated status changes (migration 0011), read by the customer's timeline. */
export interface PlanEventsTable {
  id: Generated<number>;
  plan_id: number;
  customer_id: number;
  event: 'created' | PlanStatus;
  date: string;
  created_at: string;
  /** The person named on the PC that wrote it (migration 0026); null when nobody was. */
  created_by: string | null;
}
