import { sql } from 'kysely';
import { CONFIDENT, type BankLineStatus, type BankLinesQuery } from '../../../src-shared/domain/bank/schemas';
import type { BankLine, BankLinePage, MatchCandidate, ProposedAllocation } from '../../../src-shared/domain/bank/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { statement, type RawHandle } from '../../store/dialect/statements';
import type { Db } from '../../store/schema';
import type { BankLinesTable } from '../../store/tables/bank';
import type { LineMatch } from './matching/match-line';
import type { StatementLine } from './statement/statement-line';

type Row = Omit<BankLinesTable, 'id' | 'confidence' | 'candidates' | 'allocation'> & {
  id: number;
  confidence: number;
  candidates: string;
  allocation: string;
};

const parseJson = <T>(text: string, fallback: T): T => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

export function toBankLine(row: Row, paymentIds: number[] = []): BankLine {
  return {
    id: row.id,
    accountIban: row.account_iban,
    bookingDate: row.booking_date,
    direction: row.direction,
    amount: row.amount,
    currency: row.currency as Currency,
    description: row.description,
    counterpartyName: row.counterparty_name,
    counterpartyIban: row.counterparty_iban,
    reference: row.reference,
    sourceFile: row.source_file,
    status: row.status,
    customerId: row.customer_id,
    confidence: row.confidence,
    candidates: parseJson<MatchCandidate[]>(row.candidates, []),
    allocation: parseJson<ProposedAllocation[]>(row.allocation, []),
    paymentIds,
  };
}

export async function loadLine(db: Db, id: number): Promise<BankLine | undefined> {
  const row = await db.selectFrom('bank_lines').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const payments = await db.selectFrom('bank_line_payments').select('payment_id').where('line_id', '=', id).execute();
  return toBankLine(
    row as Row,
    payments.map((p) => p.payment_id),
  );
}

/** Statements: prepared once per import on SQLite, inside dispatch's transaction (the same connection). */
export function lineWriter(db: Db, raw: RawHandle | null) {
  const exists = statement<[string, string], { id: number }>(
    db,
    raw,
    'select id from bank_lines where account_iban = ? and fingerprint = ?',
  );
  const insert = statement<unknown[], never>(
    db,
    raw,
    `insert into bank_lines (account_iban, fingerprint, booking_date, direction, amount, currency, description,
       counterparty_name, counterparty_iban, reference, balance, source_file, imported_at, status, customer_id,
       confidence, candidates, allocation)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    exists: async (account: string, fingerprint: string) => (await exists.get(account, fingerprint)) !== undefined,
    insert(account: string, fingerprint: string, line: StatementLine, file: string, now: string, match: LineMatch | null) {
      return insert.run(
        account,
        fingerprint,
        line.bookingDate,
        line.direction,
        line.amount,
        line.currency,
        line.description,
        line.counterpartyName,
        line.counterpartyIban,
        line.reference,
        line.balance,
        file,
        now,
        line.direction === 'credit' ? 'open' : 'debit',
        match?.customerId ?? null,
        match?.confidence ?? 0,
        JSON.stringify(match?.candidates ?? []),
        JSON.stringify(match?.allocation ?? []),
      );
    },
  };
}

/** Rewrites a line's stored match: the update prepared once per run on SQLite, inside dispatch's transaction. */
export function matchWriter(db: Db, raw: RawHandle | null) {
  const update = statement<[number | null, number, string, string, number], never>(
    db,
    raw,
    'update bank_lines set customer_id = ?, confidence = ?, candidates = ?, allocation = ? where id = ?',
  );
  return (id: number, match: LineMatch) =>
    update.run(match.customerId, match.confidence, JSON.stringify(match.candidates), JSON.stringify(match.allocation), id);
}

const SORT = 'bank-date-desc';

/** Lines of one status, newest booking first (keyset on date and id), with the review's counts. */
export async function listLines(db: Db, q: BankLinesQuery): Promise<BankLinePage> {
  let query = db.selectFrom('bank_lines').selectAll().where('status', '=', q.status);
  if (q.accountIban) query = query.where('account_iban', '=', q.accountIban);
  if (q.cursor) {
    const at = decodeCursor(q.cursor, SORT);
    query = query.where((eb) =>
      eb.or([eb('booking_date', '<', String(at.key)), eb.and([eb('booking_date', '=', String(at.key)), eb('id', '<', at.id)])]),
    );
  }
  const rows = (await query
    .orderBy('booking_date', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute()) as Row[];
  const page = keysetPage(
    rows.map((r) => ({ ...r, sort_key: r.booking_date })),
    q.limit,
    SORT,
  );
  const ids = page.rows.map((r) => r.id);
  const links = ids.length
    ? await db.selectFrom('bank_line_payments').select(['line_id', 'payment_id']).where('line_id', 'in', ids).execute()
    : [];
  const paymentsOf = (id: number) => links.filter((l) => l.line_id === id).map((l) => l.payment_id);

  let counted = db
    .selectFrom('bank_lines')
    .select(['status', sql<number>`count(*)`.as('n')])
    .groupBy('status');
  if (q.accountIban) counted = counted.where('account_iban', '=', q.accountIban);
  const counts: Record<BankLineStatus, number> = { open: 0, accepted: 0, dismissed: 0, debit: 0 };
  for (const c of await counted.execute()) counts[c.status] = Number(c.n);

  let confidentQuery = db
    .selectFrom('bank_lines')
    .select(['currency', sql<number>`count(*)`.as('n'), sql<number>`sum(amount)`.as('total')])
    .where('status', '=', 'open')
    .where('confidence', '>=', CONFIDENT)
    .groupBy('currency');
  if (q.accountIban) confidentQuery = confidentQuery.where('account_iban', '=', q.accountIban);
  const confident = await confidentQuery.execute();
  return {
    items: page.rows.map((r) => toBankLine(r, paymentsOf(r.id))),
    nextCursor: page.nextCursor,
    counts,
    confident: {
      count: confident.reduce((a, c) => a + Number(c.n), 0),
      totals: confident.map((c) => ({ currency: c.currency as Currency, amount: Number(c.total) })),
    },
  };
}
