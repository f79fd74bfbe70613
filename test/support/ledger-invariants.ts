import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src-main/store/schema';

/**
 * The ledger invariants through Kysely, on either store: invoices whose open amount is not total − write-offs
 * − live allocations, payments whose unallocated rest is not amount − live allocations, and anything negative.
 */
export async function ledgerInvariantBreaks(
  db: Kysely<Database>,
): Promise<{ openAmount: number; unallocated: number; negative: number }> {
  const count = async (query: string) => Number((await sql<{ n: number }>`${sql.raw(query)}`.execute(db)).rows[0]!.n);
  return {
    openAmount: await count(`select count(*) as n from invoices i where open_amount <> total - written_off_amount
      - coalesce((select sum(amount) from allocations a where a.invoice_id = i.id and a.reversed_at is null), 0)`),
    unallocated: await count(`select count(*) as n from payments p where p.reversed_at is null and unallocated <> amount
      - coalesce((select sum(amount) from allocations a where a.payment_id = p.id and a.reversed_at is null), 0)`),
    negative: await count(`select (select count(*) from invoices where open_amount < 0)
      + (select count(*) from payments where unallocated < 0) as n`),
  };
}
