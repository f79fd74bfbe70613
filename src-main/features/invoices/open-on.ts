import { sql, type RawBuilder } from 'kysely';

/** An allocation counts on `day` when it was made by then and not reversed by then (its business day). */
export const allocationLiveOn = (day: string, allocation: string): RawBuilder<boolean> =>
  sql<boolean>`${sql.ref(`${allocation}.date`)} <= ${day} and (${sql.ref(`${allocation}.reversed_on`)} is null or ${sql.ref(`${allocation}.reversed_on`)} > ${day})`;

/**
 * What was still owed on an invoice at the end of a past `day`, rebuilt from its total, the allocations
 * live on that day and a write-off made by then (the kept `open_amount` only knows today).
 */
export const openAmountOn = (day: string, invoice: string): RawBuilder<number> => sql<number>`${sql.ref(`${invoice}.total`)}
  - coalesce((select sum(a.amount) from allocations a where a.invoice_id = ${sql.ref(`${invoice}.id`)} and ${allocationLiveOn(day, 'a')}), 0)
  - case when ${sql.ref(`${invoice}.written_off_on`)} is not null and ${sql.ref(`${invoice}.written_off_on`)} <= ${day}
      then ${sql.ref(`${invoice}.written_off_amount`)} else 0 end`;
