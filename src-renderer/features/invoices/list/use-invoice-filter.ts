import { isBusinessDate } from '../../../../src-shared/dates/business-date';
import { INVOICE_SORTS, INVOICE_STATUSES } from '../../../../src-shared/domain/invoices/schemas';
import { CURRENCIES } from '../../../../src-shared/money/currency';
import { idParam } from '../../../lib/use-route-id';
import { oneOf, useUrlFilter } from '../../../lib/use-url-filter';
import type { InvoiceListFilter } from '../query-keys';

export const DEFAULT_INVOICE_FILTER: InvoiceListFilter = {
  search: '',
  status: null,
  currency: null,
  customerId: null,
  issuedFrom: '',
  issuedTo: '',
  dueFrom: '',
  dueTo: '',
  openOn: '',
  sort: 'issue_desc',
};

/** The date filters, by their name in the filter and in the address. */
export const DATE_FILTERS = ['issuedFrom', 'issuedTo', 'dueFrom', 'dueTo'] as const;

const dateParam = (params: URLSearchParams, name: (typeof DATE_FILTERS)[number] | 'openOn'): string => {
  const value = params.get(name) ?? '';
  return isBusinessDate(value) ? value : '';
};

function parseFilter(params: URLSearchParams): InvoiceListFilter {
  return {
    search: params.get('q') ?? '',
    status: oneOf(INVOICE_STATUSES, params.get('status')) ?? null,
    currency: oneOf(CURRENCIES, params.get('currency')) ?? null,
    customerId: idParam(params, 'customer'),
    issuedFrom: dateParam(params, 'issuedFrom'),
    issuedTo: dateParam(params, 'issuedTo'),
    dueFrom: dateParam(params, 'dueFrom'),
    dueTo: dateParam(params, 'dueTo'),
    openOn: dateParam(params, 'openOn'),
    sort: oneOf(INVOICE_SORTS, params.get('sort')) ?? DEFAULT_INVOICE_FILTER.sort,
  };
}

function toParams(filter: InvoiceListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search) params.set('q', filter.search);
  if (filter.status) params.set('status', filter.status);
  if (filter.currency) params.set('currency', filter.currency);
  if (filter.customerId) params.set('customer', String(filter.customerId));
  for (const name of DATE_FILTERS) if (filter[name]) params.set(name, filter[name]);
  if (filter.openOn) params.set('openOn', filter.openOn);
  if (filter.sort !== DEFAULT_INVOICE_FILTER.sort) params.set('sort', filter.sort);
  return params;
}

/** The address of the invoice list showing these filters (links from a customer card, a dashboard). */
export const invoiceListPath = (patch: Partial<InvoiceListFilter>): string => {
  const query = toParams({ ...DEFAULT_INVOICE_FILTER, ...patch }).toString();
  return query ? `/invoices?${query}` : '/invoices';
};

export const countDateFilters = (filter: InvoiceListFilter): number => DATE_FILTERS.filter((name) => filter[name]).length;

export const isInvoiceFilterActive = (filter: InvoiceListFilter): boolean =>
  filter.search.trim() !== '' ||
  filter.status !== null ||
  filter.currency !== null ||
  filter.customerId !== null ||
  filter.openOn !== '' ||
  countDateFilters(filter) > 0;

/** The invoice list's filter, kept in the URL. */
export const useInvoiceFilter = () => useUrlFilter(parseFilter, toParams);
