import { CUSTOMER_KINDS, CUSTOMER_SORTS, CUSTOMER_STATUSES } from '../../../../src-shared/domain/customers/schemas';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';
import type { CustomerListFilter } from '../query-keys';

export const DEFAULT_FILTER: CustomerListFilter = { search: '', status: 'active', kind: null, risk: null, sort: 'title' };

export const RISK_SEGMENTS = ['A', 'B', 'C', 'D'] as const;

function parseFilter(params: URLSearchParams): CustomerListFilter {
  return {
    search: params.get('q') ?? DEFAULT_FILTER.search,
    status: oneOf(CUSTOMER_STATUSES, params.get('status')) ?? DEFAULT_FILTER.status,
    kind: oneOf(CUSTOMER_KINDS, params.get('kind')) ?? DEFAULT_FILTER.kind,
    risk: oneOf(RISK_SEGMENTS, params.get('risk')) ?? DEFAULT_FILTER.risk,
    sort: oneOf(CUSTOMER_SORTS, params.get('sort')) ?? DEFAULT_FILTER.sort,
  };
}

function toParams(filter: CustomerListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.status !== DEFAULT_FILTER.status) params.set('status', filter.status);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.risk) params.set('risk', filter.risk);
  if (filter.sort !== DEFAULT_FILTER.sort) params.set('sort', filter.sort);
  return params;
}

export const isFiltered = (filter: CustomerListFilter): boolean =>
  filter.search.trim() !== '' || filter.status !== DEFAULT_FILTER.status || filter.kind !== null || filter.risk !== null;

/** The customer list's filter, kept in the URL. */
export const useListFilter = () => useUrlFilter(parseFilter, toParams);
