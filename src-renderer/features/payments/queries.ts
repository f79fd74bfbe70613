import { useQueries, useQuery } from '@tanstack/react-query';
import type { TimelineEntry, TimelinePage } from '../../../src-shared/domain/collections/types';
import { send } from '../../api/client';
import { paymentKeys } from './query-keys';

const paymentQuery = (id: number) => ({
  queryKey: paymentKeys.detail(id),
  queryFn: () => send('payments/get', { id }),
});

/** One payment or credit note with its allocations. */
export const usePayment = (id: number | null) => useQuery({ ...paymentQuery(id ?? 0), enabled: id !== null });

/** Several at once (the credits matched to one invoice), each cached as its own detail. */
export const usePayments = (ids: number[]) => useQueries({ queries: ids.map(paymentQuery) });

/** How many payments a customer card lists, and how far back in the customer's history it looks for them. */
export const CARD_PAYMENTS = 8;
const TIMELINE_PAGE = 200;
const TIMELINE_PAGES = 3;

export interface CustomerPaymentEntry extends TimelineEntry {
  kind: 'payment' | 'credit_note';
  reversed: boolean;
}

/**
 * A customer's latest payments and credit notes, newest first, read from the customer's timeline (the
 * backend has no payment list of its own): a few pages at most, until enough are found.
 */
export const useCustomerPayments = (customerId: number) =>
  useQuery({
    queryKey: paymentKeys.ofCustomer(customerId),
    queryFn: async (): Promise<CustomerPaymentEntry[]> => {
      const entries: TimelineEntry[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < TIMELINE_PAGES; page++) {
        const result: TimelinePage = await send('customers/timeline', {
          id: customerId,
          limit: TIMELINE_PAGE,
          ...(cursor ? { cursor } : {}),
        });
        entries.push(...result.items);
        cursor = result.nextCursor;
        const found = entries.filter((entry) => entry.kind === 'payment' || entry.kind === 'credit_note').length;
        if (!cursor || found >= CARD_PAYMENTS) break;
      }
      const reversed = new Set(entries.filter((entry) => entry.kind === 'reversal').map((entry) => entry.refId));
      return entries
        .filter(
          (entry): entry is TimelineEntry & { kind: 'payment' | 'credit_note' } =>
            entry.kind === 'payment' || entry.kind === 'credit_note',
        )
        .slice(0, CARD_PAYMENTS)
        .map((entry) => ({ ...entry, reversed: reversed.has(entry.refId) }));
    },
  });
