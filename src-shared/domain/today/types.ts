import type { Currency } from '../../money/currency';
import type { RiskSegment } from '../reports/types';
import type { TodayAction } from './schemas';

export type TodayReason = 'task' | 'broken_promise' | 'overdue';

export interface TodayItem {
  /** 'task:<id>' or 'customer:<id>'. */
  key: string;
  taskId: number | null;
  customerId: number;
  customerCode: string;
  customerTitle: string;
  phone: string;
  email: string;
  reason: TodayReason;
  /** The task's channel; a customer without a task is a call. */
  channel: TodayAction;
  /** Dunning level of the task's step (null without a task). */
  level: number | null;
  title: string;
  /** The prepared WhatsApp/SMS text or call script. */
  messageText: string;
  dueOn: string | null;
  /** The latest promise, when it was broken in the last 30 days. */
  brokenPromise: { amount: number; currency: Currency; promisedDate: string } | null;
  overdue: { currency: Currency; amount: number }[];
  /** Days since the oldest overdue invoice fell due (0 when nothing is overdue). */
  daysOverdue: number;
  segment: RiskSegment;
  /**
   * The customer's overdue as a share of the company's overdue in each currency, added up over currencies (0.25:
   * a quarter of all overdue lira, say). Amounts of two currencies are never added.
   */
  overdueShare: number;
  /** Risk weight × overdue share in percent × days overdue: the order of the list. */
  score: number;
}

export interface TodayList {
  items: TodayItem[];
  total: number;
  nextCursor: string | null;
}
