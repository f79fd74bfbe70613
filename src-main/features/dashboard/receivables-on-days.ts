import { sql, type RawBuilder } from 'kysely';
import { addDays } from '../../../src-shared/dates/business-date';
import { indexedBy } from '../../store/dialect/planner-hints';
import type { Db } from '../../store/schema';

/** What was owed on one day in one currency: open invoice amounts, and the part not yet due that day. */
export interface Receivables {
  open: number;
  current: number;
}

/** day → currency → receivables. */
export type ReceivablesByDay = Map<string, Map<string, Receivables>>;

type SumRow = Record<string, number | string | null> & { currency: string };

/** `sum(case when <cond(day)> then amount end)` twice per day: every open amount and the not-yet-due part. */
function perDaySums(
  days: readonly string[],
  amount: RawBuilder<number>,
  counts: (day: string) => RawBuilder<boolean>,
  dueDate: RawBuilder<string>,
): RawBuilder<unknown> {
  return sql.join(
    days.flatMap((day, i) => [
      sql`coalesce(sum(case when ${counts(day)} then ${amount} end), 0) as ${sql.raw(`o${i}`)}`,
      sql`coalesce(sum(case when ${counts(day)} and ${dueDate} >= ${day} then ${amount} end), 0) as ${sql.raw(`c${i}`)}`,
    ]),
  );
}

function addRows(result: ReceivablesByDay, days: readonly string[], rows: SumRow[], sign: 1 | -1): void {
  for (const row of rows)
    days.forEach((day, i) => {
      const byCurrency = result.get(day)!;
      const figures = byCurrency.get(row.currency) ?? { open: 0, current: 0 };
      figures.open += sign * Number(row[`o${i}`]);
      figures.current += sign * Number(row[`c${i}`]);
      byCurrency.set(row.currency, figures);
    });
}

/**
 * Receivables on several days at once, worked back from today's kept open amounts: an invoice's open amount
 * on day d is today's, plus what was allocated to it after d, minus allocations live on d but reversed
 * since, plus a write-off made after d. Only what changed after the earliest day is read, through indexes,
 * so a month back costs a month of allocations — not a rebuild of every invoice ever issued.
 * Days must not be after today (nothing is dated in the future of the kept figures).
 */
export async function receivablesOnDays(db: Db, days: readonly string[]): Promise<ReceivablesByDay> {
  const result: ReceivablesByDay = new Map(days.map((d) => [d, new Map()]));
  if (days.length === 0) return result;
  const earliest = [...days].sort()[0]!;

  // Everything open today, from the kept invoice summary (a row per currency, state and due date)…
  const open = await sql<SumRow>`
    select currency, ${perDaySums(days, sql`open`, () => sql`1 = 1`, sql`due_date`)}
    from invoice_summary where open <> 0 group by currency`.execute(db);
  addRows(result, days, open.rows, 1);
  // …less what is open today on invoices issued after the day (they did not exist yet): one walk of the covering
  // index of open invoices (a sampled statistic once sent it through a narrower index and a million row reads).
  const issuedLater = await sql<SumRow>`
    select i.currency, ${perDaySums(days, sql`i.open_amount`, (d) => sql`i.issue_date > ${d}`, sql`i.due_date`)}
    from invoices i ${indexedBy(db, 'invoices_open_by_due')} where i.open_amount > 0 and i.issue_date > ${earliest}
    group by i.currency`.execute(db);
  addRows(result, days, issuedLater.rows, -1);

  // Live now, but made after the day: it was still owed then.
  const laterAllocations = await sql<SumRow>`
    select a.invoice_currency as currency, ${perDaySums(
      days,
      sql`a.amount`,
      (d) => sql`a.date > ${d} and a.invoice_issue_date <= ${d}`,
      sql`a.invoice_due_date`,
    )}
    from allocations a
    where a.date > ${earliest} and a.reversed_at is null group by a.invoice_currency`.execute(db);
  addRows(result, days, laterAllocations.rows, 1);

  // Reversed after the day but live on it: it had been paid then.
  const laterReversals = await sql<SumRow>`
    select a.invoice_currency as currency, ${perDaySums(
      days,
      sql`a.amount`,
      (d) => sql`a.date <= ${d} and a.reversed_on >= ${addDays(d, 1)} and a.invoice_issue_date <= ${d}`,
      sql`a.invoice_due_date`,
    )}
    from allocations a
    where a.reversed_on >= ${addDays(earliest, 1)} group by a.invoice_currency`.execute(db);
  addRows(result, days, laterReversals.rows, -1);

  const laterWriteOffs = await sql<SumRow>`
    select i.currency, ${perDaySums(
      days,
      sql`i.written_off_amount`,
      (d) => sql`i.written_off_on > ${d} and i.issue_date <= ${d}`,
      sql`i.due_date`,
    )}
    from invoices i where i.written_off_on > ${earliest} group by i.currency`.execute(db);
  addRows(result, days, laterWriteOffs.rows, 1);

  for (const byCurrency of result.values())
    for (const [currency, figures] of byCurrency) if (figures.open === 0 && figures.current === 0) byCurrency.delete(currency);
  return result;
}
