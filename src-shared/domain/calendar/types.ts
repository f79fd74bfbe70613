import type { Currency } from '../../money/currency';
import type { ChequeKind } from '../cheques/lifecycle';
import type { CalendarKind } from './schemas';

/** One thing expected on a day, with what is still to be collected of it. */
export interface CalendarItem {
  kind: CalendarKind;
  /** The invoice's, instalment's, cheque's or promise's own id. */
  id: number;
  date: string;
  customerId: number;
  customerTitle: string;
  /** Still to collect: the invoice's open amount, the instalment's unpaid rest, the cheque's amount, the promise's rest. */
  amount: number;
  currency: Currency;
  /** The day has passed and it is still expected. */
  overdue: boolean;
  /** Invoice number, cheque/note serial, instalment number in its plan, or the promise's note. */
  reference: string;
  /** Cheques only: a cheque or a promissory note. */
  chequeKind: ChequeKind | null;
  /** Instalments only: the plan it belongs to. */
  planId: number | null;
  /** Where the item opens in the app (an invoice, a cheque, the customer card's tab). */
  link: string;
  /** Instalments and promises can be moved to another day. */
  movable: boolean;
}

export interface CurrencyTotal {
  currency: Currency;
  amount: number;
}

export interface CalendarDay {
  date: string;
  /** Every item of the day, also those left out by `perDay`. */
  count: number;
  totals: CurrencyTotal[];
}

export interface CalendarItems {
  /** Ordered by day, then largest amount first. */
  items: CalendarItem[];
  /** Only days that have something; on the first page only (a call with a cursor returns none). */
  days: CalendarDay[];
  /** Without `perDay`: the next page of items, or null after the last. */
  nextCursor: string | null;
}

/** What a reschedule changed. */
export interface RescheduleResult {
  kind: 'instalment' | 'promise';
  id: number;
  customerId: number;
  from: string;
  to: string;
}
