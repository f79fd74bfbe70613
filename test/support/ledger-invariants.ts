import type BetterSqlite3 from 'better-sqlite3';

/** Invoices whose kept open amount is not their total less write-offs and live allocations (0 on a sound ledger). */
export const openAmountMismatches = (raw: BetterSqlite3.Database): number =>
  raw
    .prepare(
      `select count(*) from invoices i where open_amount <> total - written_off_amount
         - coalesce((select sum(amount) from allocations a where a.invoice_id = i.id and a.reversed_at is null), 0)`,
    )
    .pluck()
    .get() as number;
