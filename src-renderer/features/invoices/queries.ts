import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../src-shared/contract/methods';
import type { Currency } from '../../../src-shared/money/currency';
import { send } from '../../api/client';
import { invoiceKeys, type InvoiceListFilter } from './query-keys';

/** Rows per request: large enough to scroll smoothly, small enough to answer in a few milliseconds. */
export const INVOICE_PAGE_SIZE = 200;
/** The most open invoices offered for manual allocation at once (the backend's page limit). */
export const OPEN_INVOICES_LIMIT = 500;
/** How many invoices a customer card lists before linking to the full list. */
export const CARD_INVOICES = 8;

/** The list filter as `invoices/list` arguments; empty parts are left out. */
export function listArgs(filter: InvoiceListFilter): MethodInput<'invoices/list'> {
  return {
    search: filter.search,
    sort: filter.sort,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.currency ? { currency: filter.currency } : {}),
    ...(filter.customerId ? { customerId: filter.customerId } : {}),
    ...(filter.issuedFrom ? { issuedFrom: filter.issuedFrom } : {}),
    ...(filter.issuedTo ? { issuedTo: filter.issuedTo } : {}),
    ...(filter.dueFrom ? { dueFrom: filter.dueFrom } : {}),
    ...(filter.dueTo ? { dueTo: filter.dueTo } : {}),
    ...(filter.openOn ? { openOn: filter.openOn } : {}),
  };
}

export const useInvoiceList = (filter: InvoiceListFilter) =>
  useInfiniteQuery({
    queryKey: invoiceKeys.list(filter),
    queryFn: ({ pageParam }) =>
      send('invoices/list', { ...listArgs(filter), limit: INVOICE_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // Keep showing the previous rows while a new search is on its way: no flicker while typing.
    placeholderData: keepPreviousData,
  });

/** Totals per currency of everything the filter selects (they cost more than a page of rows). */
export const useInvoiceTotals = (filter: InvoiceListFilter, enabled: boolean) =>
  useQuery({
    queryKey: invoiceKeys.totals(filter),
    queryFn: () => send('invoices/totals', listArgs(filter)),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Whether any invoice exists at all: tells "no invoices yet" from "nothing matches". */
export const useAnyInvoiceExists = (enabled: boolean) =>
  useQuery({
    queryKey: invoiceKeys.exists(),
    queryFn: async () => (await send('invoices/list', { limit: 1 })).items.length > 0,
    enabled,
  });

export const useInvoice = (id: number | null) =>
  useQuery({
    queryKey: invoiceKeys.detail(id ?? 0),
    queryFn: () => send('invoices/get', { id: id ?? 0 }),
    enabled: id !== null,
  });

export const useSuggestedNumber = (issueDate: string, enabled: boolean) =>
  useQuery({
    queryKey: invoiceKeys.suggestedNumber(issueDate),
    queryFn: () => send('invoices/suggest-number', issueDate ? { issueDate } : {}),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });

/** A customer's invoices with something still open in one currency, oldest due first. */
export const useOpenInvoices = (customerId: number | null, currency: Currency) =>
  useQuery({
    queryKey: invoiceKeys.open(customerId ?? 0, currency),
    queryFn: () =>
      send('invoices/list', {
        customerId: customerId ?? 0,
        currency,
        openOnly: true,
        sort: 'due_asc',
        limit: OPEN_INVOICES_LIMIT,
      }),
    enabled: customerId !== null,
  });

/**
 * What a customer card lists: open invoices first (oldest due first), then the latest closed ones, at
 * most CARD_INVOICES; with the totals of all the customer's invoices per currency.
 */
export const useCustomerInvoices = (customerId: number) =>
  useQuery({
    queryKey: invoiceKeys.ofCustomer(customerId),
    queryFn: async () => {
      const [open, recent, totals] = await Promise.all([
        send('invoices/list', { customerId, openOnly: true, sort: 'due_asc', limit: CARD_INVOICES }),
        send('invoices/list', { customerId, sort: 'issue_desc', limit: CARD_INVOICES }),
        send('invoices/totals', { customerId }),
      ]);
      const shown = new Set(open.items.map((invoice) => invoice.id));
      const closed = recent.items.filter((invoice) => !shown.has(invoice.id) && invoice.openAmount === 0);
      return { items: [...open.items, ...closed].slice(0, CARD_INVOICES), totals };
    },
  });

/** The invoices a credit note may correct: the customer's latest, any status or currency. */
export const INVOICE_OPTIONS_LIMIT = 100;

export const useInvoiceOptions = (customerId: number | null) =>
  useQuery({
    queryKey: [...invoiceKeys.ofCustomer(customerId ?? 0), 'options'],
    queryFn: () => send('invoices/list', { customerId: customerId ?? 0, sort: 'issue_desc', limit: INVOICE_OPTIONS_LIMIT }),
    enabled: customerId !== null,
  });
