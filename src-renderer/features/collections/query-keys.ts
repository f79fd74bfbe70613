/**
 * Everything of one customer's collections work (timeline, promises, disputes, risk) sits under that
 * customer's key, so a `ledger/changed` of the customer refreshes exactly these.
 */
export const collectionKeys = {
  all: ['collections'] as const,
  customer: (customerId: number) => [...collectionKeys.all, 'customer', customerId] as const,
  timeline: (customerId: number) => [...collectionKeys.customer(customerId), 'timeline'] as const,
  promises: (customerId: number) => [...collectionKeys.customer(customerId), 'promises'] as const,
  /** A customer's disputes, or only those of one of its invoices. */
  disputes: (customerId: number, invoiceId?: number) =>
    [...collectionKeys.customer(customerId), 'disputes', invoiceId ?? 'all'] as const,
  risk: (customerId: number) => [...collectionKeys.customer(customerId), 'risk'] as const,
};
