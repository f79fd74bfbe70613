/** All payment and credit-note queries start with 'payments', so a ledger change can refresh them in one go. */
export const paymentKeys = {
  all: ['payments'] as const,
  details: () => [...paymentKeys.all, 'detail'] as const,
  detail: (id: number) => [...paymentKeys.details(), id] as const,
  /** The latest payments and credit notes of a customer (its card). */
  ofCustomer: (customerId: number) => [...paymentKeys.all, 'customer', customerId] as const,
};
