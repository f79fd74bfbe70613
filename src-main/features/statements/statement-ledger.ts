import { sql } from 'kysely';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { allocationLiveOn, openAmountOn } from '../invoices/open-on';
import { agingCells } from '../reports/aging-query';

export type EntryKind = 'invoice' | 'payment' | 'credit_note' | 'reversal' | 'write_off';

/** One movement on the customer's account, debit (they owe more) or credit (they owe less). */
export interface StatementLine {
  date: string;
  kind: EntryKind;
  reference: string;
  method: string | null;
  dueDate: string | null;
  debit: number;
  credit: number;
  /** Running balance after this line: positive = the customer owes us. */
  balance: number;
  /** An invoice still open on the statement date and past its due date. */
  overdue: boolean;
  /** Open items only: what is still open of the invoice (debit) or unapplied of the credit. */
  openAmount: number | null;
}

export interface StatementSection {
  currency: Currency;
  opening: number;
  lines: StatementLine[];
  totalDebit: number;
  totalCredit: number;
  closing: number;
  /** Open on the statement date by bucket: [not due, 1–30, 31–60, 61–90, 90+] and unapplied credit. */
  aging: { buckets: number[]; credit: number };
}

export const STATEMENT_AGING_BOUNDS = [30, 60, 90] as const;

/** What every row read from the ledger has: its document, day and currency. */
type DocumentRow = {
  id: number;
  date: string;
  reference: string | null;
  method: string | null;
  due_date: string | null;
  currency: string;
};

type EntryRow = DocumentRow & {
  kind: EntryKind;
  debit: number;
  credit: number;
};

// Within a day: debits before credits, so a same-day invoice and its payment read naturally.
const KIND_ORDER: Record<EntryKind, number> = { invoice: 0, reversal: 1, credit_note: 2, payment: 3, write_off: 4 };

/** Every movement up to `to`: invoices, payments and credit notes, their reversals, write-offs. */
function entriesSql(customerId: number, to: string) {
  return sql<EntryRow>`
    select 'invoice' as kind, id, issue_date as date, number as reference, null as method, due_date, currency, total as debit, 0 as credit
      from invoices where customer_id = ${customerId} and issue_date <= ${to}
    union all
    select kind, id, date, coalesce(number, nullif(reference, '')), method, null, currency, 0, amount
      from payments where customer_id = ${customerId} and date <= ${to}
    union all
    select 'reversal', id, reversed_on, coalesce(number, nullif(reference, '')), method, null, currency, amount, 0
      from payments where customer_id = ${customerId} and reversed_on <= ${to}
    union all
    select 'write_off', id, written_off_on, number, null, due_date, currency, 0, written_off_amount
      from invoices where customer_id = ${customerId} and written_off_amount > 0 and written_off_on <= ${to}`;
}

type OpenRow = DocumentRow & { kind: 'invoice' | 'payment' | 'credit_note'; total: number; open: number };

/** What was still open on `to`: invoices (rebuilt from allocations, reversals and write-offs) and unapplied credits. */
function openItemsSql(customerId: number, to: string) {
  return sql<OpenRow>`
    select * from (
      select 'invoice' as kind, i.id, i.issue_date as date, i.number as reference, null as method, i.due_date, i.currency, i.total,
             ${openAmountOn(to, 'i')} as open
        from invoices i where i.customer_id = ${customerId} and i.issue_date <= ${to}
      union all
      select p.kind, p.id, p.date, coalesce(p.number, nullif(p.reference, '')), p.method, null, p.currency, p.amount,
             p.amount - coalesce((select sum(a.amount) from allocations a where a.payment_id = p.id and ${allocationLiveOn(to, 'a')}), 0)
        from payments p
        where p.customer_id = ${customerId} and p.date <= ${to} and (p.reversed_on is null or p.reversed_on > ${to})
    ) o where open > 0`;
}

const byDate = <T extends { date: string; kind: EntryKind; id: number }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id;

const lineOf = (
  row: DocumentRow & { kind: EntryKind },
  figures: Pick<StatementLine, 'debit' | 'credit' | 'balance' | 'openAmount' | 'overdue'>,
): StatementLine => ({
  date: row.date,
  kind: row.kind,
  reference: row.reference ?? '',
  method: row.method,
  dueDate: row.due_date,
  ...figures,
});

function section(currency: string): StatementSection {
  return {
    currency: currency as Currency,
    opening: 0,
    lines: [],
    totalDebit: 0,
    totalCredit: 0,
    closing: 0,
    aging: { buckets: [], credit: 0 },
  };
}

export interface StatementScope {
  customerId: number;
  from: string;
  to: string;
  today: string;
  openItemsOnly: boolean;
}

/**
 * The customer's account per currency for a period: the balance carried in from before `from`, every
 * movement in date order with the running balance, and the closing balance; or, for open items only,
 * what was still open on `to`. Sections come in currency order; a currency with no balance and no
 * movement in the period is left out.
 */
export async function statementSections(db: Db, scope: StatementScope): Promise<StatementSection[]> {
  const { customerId, from, to } = scope;
  const sections = new Map<string, StatementSection>();
  const sectionOf = (currency: string) => {
    let found = sections.get(currency);
    if (!found) sections.set(currency, (found = section(currency)));
    return found;
  };
  const openRows = (await openItemsSql(customerId, to).execute(db)).rows;
  const openInvoices = new Map(openRows.filter((r) => r.kind === 'invoice').map((r) => [r.id, r]));

  if (scope.openItemsOnly) {
    const rows = openRows.map((r) => ({ ...r, kind: r.kind as EntryKind })).sort(byDate);
    for (const r of rows) {
      const s = sectionOf(r.currency);
      const isDebit = r.kind === 'invoice';
      s.lines.push(
        lineOf(r, {
          debit: isDebit ? r.total : 0,
          credit: isDebit ? 0 : r.total,
          openAmount: isDebit ? r.open : -r.open,
          balance: 0,
          overdue: isDebit && r.due_date !== null && r.due_date < to,
        }),
      );
    }
    for (const s of sections.values()) {
      let balance = 0;
      for (const line of s.lines) line.balance = balance += line.openAmount!;
      s.closing = balance;
    }
  } else {
    const rows = (await entriesSql(customerId, to).execute(db)).rows.sort(byDate);
    for (const r of rows) {
      const s = sectionOf(r.currency);
      if (r.date < from) {
        s.opening += r.debit - r.credit;
        continue;
      }
      s.closing = (s.lines.at(-1)?.balance ?? s.opening) + r.debit - r.credit;
      s.totalDebit += r.debit;
      s.totalCredit += r.credit;
      s.lines.push(
        lineOf(r, {
          debit: r.debit,
          credit: r.credit,
          balance: s.closing,
          openAmount: null,
          overdue: r.kind === 'invoice' && r.due_date !== null && r.due_date < to && openInvoices.has(r.id),
        }),
      );
    }
    for (const s of sections.values()) if (s.lines.length === 0) s.closing = s.opening;
  }

  const cells = await agingCells(db, { asOf: to, bounds: STATEMENT_AGING_BOUNDS, customerId }, scope.today);
  for (const cell of cells) sectionOf(cell.currency).aging = { buckets: cell.buckets, credit: cell.credit };
  for (const s of sections.values()) {
    if (s.aging.buckets.length === 0) s.aging.buckets = Array<number>(STATEMENT_AGING_BOUNDS.length + 2).fill(0);
  }
  return [...sections.values()]
    .filter((s) => s.lines.length > 0 || s.opening !== 0 || s.closing !== 0)
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** The balance per currency on a day (for the reconciliation letter). */
export async function balancesOn(db: Db, customerId: number, asOf: string): Promise<{ currency: Currency; balance: number }[]> {
  const rows = await sql<{ currency: string; balance: number }>`
    select currency, sum(debit) - sum(credit) as balance from (${entriesSql(customerId, asOf)}) e group by currency order by currency`.execute(
    db,
  );
  return rows.rows.map((r) => ({ currency: r.currency as Currency, balance: Number(r.balance) }));
}
