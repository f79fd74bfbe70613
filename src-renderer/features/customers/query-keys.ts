import type { CustomerKind } from '../../../src-shared/domain/customers/types';
import type { RiskSegment } from '../../../src-shared/domain/reports/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { CUSTOMER_SORTS, CUSTOMER_STATUSES } from '../../../src-shared/domain/customers/schemas';

export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** What the list screen asks for; everything but paging. */
export interface CustomerListFilter {
  search: string;
  status: CustomerStatus;
  kind: CustomerKind | null;
  risk: RiskSegment | null;
  sort: CustomerSort;
  /** Customers with figures in this currency; amount sorts and `minBalance` use it (else TRY). */
  currency: Currency | null;
  overdueOnly: boolean;
  /** Balance above this many minor units; null for no bound. */
  minBalance: number | null;
}

/** All customer queries start with 'customers', so one invalidation refreshes every screen. */
export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (filter: CustomerListFilter) => [...customerKeys.lists(), filter] as const,
  exists: () => [...customerKeys.all, 'exists'] as const,
  details: () => [...customerKeys.all, 'detail'] as const,
  detail: (id: number) => [...customerKeys.details(), id] as const,
  suggestedCode: () => [...customerKeys.all, 'suggestCode'] as const,
  /** Balances, aging and credit-limit use (customers/account): stale after any ledger change of the customer. */
  accounts: () => [...customerKeys.all, 'account'] as const,
  account: (id: number) => [...customerKeys.accounts(), id] as const,
  /** Options of the customer picker in the invoice and payment forms. */
  picker: (search: string) => [...customerKeys.all, 'picker', search] as const,
};
