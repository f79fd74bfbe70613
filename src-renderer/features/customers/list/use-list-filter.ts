import { CUSTOMER_KINDS, CUSTOMER_SORTS, CUSTOMER_STATUSES } from '../../../../src-shared/domain/customers/schemas';
import { CURRENCIES } from '../../../../src-shared/money/currency';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';
import type { MessageKey } from '../../../../src-shared/i18n/translate';
import type { CustomerListFilter, CustomerSort } from '../query-keys';

export const DEFAULT_FILTER: CustomerListFilter = {
  search: '',
  status: 'active',
  kind: null,
  risk: null,
  sort: 'title',
  currency: null,
  overdueOnly: false,
  minBalance: null,
};

/** "Balance above" in the address: whole major units (above=1000 is 1.000,00), readable and linkable. */
function minBalanceParam(params: URLSearchParams): number | null {
  const value = params.get('above');
  return value !== null && /^\d{1,13}$/.test(value) ? Number(value) * 100 : null;
}

export const RISK_SEGMENTS = ['A', 'B', 'C', 'D'] as const;

export const SORT_LABELS: Record<CustomerSort, MessageKey> = {
  title: 'customers.sort.title',
  code: 'customers.sort.code',
  recent: 'customers.sort.recent',
  balance: 'customers.sort.balance',
  overdue: 'customers.sort.overdue',
  oldest_overdue: 'customers.sort.oldestOverdue',
  next_expected: 'customers.sort.nextExpected',
};

function parseFilter(params: URLSearchParams): CustomerListFilter {
  return {
    search: params.get('q') ?? DEFAULT_FILTER.search,
    status: oneOf(CUSTOMER_STATUSES, params.get('status')) ?? DEFAULT_FILTER.status,
    kind: oneOf(CUSTOMER_KINDS, params.get('kind')) ?? DEFAULT_FILTER.kind,
    risk: oneOf(RISK_SEGMENTS, params.get('risk')) ?? DEFAULT_FILTER.risk,
    sort: oneOf(CUSTOMER_SORTS, params.get('sort')) ?? DEFAULT_FILTER.sort,
    currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
    overdueOnly: params.get('overdue') === '1',
    minBalance: minBalanceParam(params),
  };
}

function toParams(filter: CustomerListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.status !== DEFAULT_FILTER.status) params.set('status', filter.status);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.risk) params.set('risk', filter.risk);
  if (filter.sort !== DEFAULT_FILTER.sort) params.set('sort', filter.sort);
  if (filter.currency) params.set('currency', filter.currency);
  if (filter.overdueOnly) params.set('overdue', '1');
  if (filter.minBalance !== null) params.set('above', String(Math.floor(filter.minBalance / 100)));
  return params;
}

export const isFiltered = (filter: CustomerListFilter): boolean =>
  filter.search.trim() !== '' ||
  filter.status !== DEFAULT_FILTER.status ||
  filter.kind !== null ||
  filter.risk !== null ||
  filter.currency !== null ||
  filter.overdueOnly ||
  filter.minBalance !== null;

/** The customer list's filter, kept in the URL. */
export const useListFilter = () => useUrlFilter(parseFilter, toParams);
