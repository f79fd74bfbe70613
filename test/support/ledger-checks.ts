import type { Backend } from '../../src-main/backend';

/**
 * The ledger's invariant, computed two independent ways per currency:
 * invoices − write-offs − live payments and credit notes  ===  open invoice amounts − unallocated credit.
 */
export function balancesBothWays(
  backend: Backend,
  customerId: number,
): { byDocuments: Record<string, number>; byOpenItems: Record<string, number> } {
  const raw = backend.store.raw;
  const rows = (sqlText: string) => raw.prepare(sqlText).all(customerId) as { currency: string; v: number }[];
  const sum = (...lists: { currency: string; v: number }[][]) => {
    const out: Record<string, number> = {};
    for (const [i, list] of lists.entries())
      for (const r of list) out[r.currency] = (out[r.currency] ?? 0) + (i === 0 ? r.v : -r.v);
    return out;
  };
  const byDocuments = sum(
    rows('select currency, sum(total) v from invoices where customer_id = ? group by currency'),
    rows('select currency, sum(written_off_amount) v from invoices where customer_id = ? group by currency'),
    rows('select currency, sum(amount) v from payments where customer_id = ? and reversed_at is null group by currency'),
  );
  const byOpenItems = sum(
    rows('select currency, sum(open_amount) v from invoices where customer_id = ? group by currency'),
    rows('select currency, sum(unallocated) v from payments where customer_id = ? and reversed_at is null group by currency'),
  );
  return { byDocuments, byOpenItems };
}
