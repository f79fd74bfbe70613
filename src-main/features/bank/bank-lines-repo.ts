import { sql } from 'kysely';
import { CONFIDENT, type BankLineStatus, type BankLinesQuery } from '../../../src-shared/domain/bank/schemas';
import type { BankLine, BankLinePage, MatchCandidate, ProposedAllocation } from '../../../src-shared/domain/bank/types';
import type { Currency } from '../../../src-shared/money/currency';
import { decodeCursor, keysetPage } from '../../core/cursor';
import { isPostgres } from '../../store/dialect/kind';
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

/** One line to store, as `lineWriter.insertMany` takes it. */
export interface NewLine {
  fingerprint: string;
  line: StatementLine;
  match: LineMatch | null;
}

/**
 * Statements: prepared once per import on SQLite, inside dispatch's transaction (the same connection), one row
 * each (microseconds); on a server, where each statement is a round trip, a batch of lines in one query each.
 */
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
  // In the insert's column order (SQLite binds the values in order).
  const row = (account: string, file: string, now: string, { fingerprint, line, match }: NewLine) => ({
    account_iban: account,
    fingerprint,
    booking_date: line.bookingDate,
    direction: line.direction,
    amount: line.amount,
    currency: line.currency,
    description: line.description,
    counterparty_name: line.counterpartyName,
    counterparty_iban: line.counterpartyIban,
    reference: line.reference,
    balance: line.balance,
    source_file: file,
    imported_at: now,
    status: line.direction === 'credit' ? ('open' as const) : ('debit' as const),
    customer_id: match?.customerId ?? null,
    confidence: match?.confidence ?? 0,
    candidates: JSON.stringify(match?.candidates ?? []),
    allocation: JSON.stringify(match?.allocation ?? []),
  });
  return {
    /** Those of `fingerprints` already stored for this account. */
    async existing(account: string, fingerprints: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      if (!isPostgres(db)) {
        for (const key of fingerprints) if ((await exists.get(account, key)) !== undefined) found.add(key);
        return found;
      }
      if (fingerprints.length === 0) return found;
      const rows = await db
        .selectFrom('bank_lines')
        .select('fingerprint')
        .where('account_iban', '=', account)
        .where('fingerprint', 'in', [...fingerprints])
        .execute();
      for (const r of rows) found.add(r.fingerprint);
      return found;
    },
    /** Stores the lines in this order (their ids follow it). */
    async insertMany(account: string, file: string, now: string, lines: readonly NewLine[]): Promise<void> {
      if (lines.length === 0) return;
      if (isPostgres(db)) {
        await db
          .insertInto('bank_lines')
          .values(lines.map((l) => row(account, file, now, l)))
          .execute();
        return;
      }
      for (const l of lines) await insert.run(...Object.values(row(account, file, now, l)));
    },
  };
}

/**
 * Rewrites lines' stored matches: on SQLite one prepared update per line inside dispatch's transaction; on a
 * server the batch in one update from a JSON array of the new values.
 */
export function matchWriter(db: Db, raw: RawHandle | null) {
  const update = statement<[number | null, number, string, string, number], never>(
    db,
    raw,
    'update bank_lines set customer_id = ?, confidence = ?, candidates = ?, allocation = ? where id = ?',
  );
  const values = (id: number, match: LineMatch) => ({
    id,
    customerId: match.customerId,
    confidence: match.confidence,
    candidates: JSON.stringify(match.candidates),
    allocation: JSON.stringify(match.allocation),
  });
  return async (matches: readonly { id: number; match: LineMatch }[]): Promise<void> => {
    if (!isPostgres(db)) {
      for (const { id, match } of matches) {
        const v = values(id, match);
        await update.run(v.customerId, v.confidence, v.candidates, v.allocation, id);
      }
      return;
    }
    if (matches.length === 0) return;
    await sql`
      update bank_lines set customer_id = v."customerId", confidence = v.confidence, candidates = v.candidates,
        allocation = v.allocation
      from jsonb_to_recordset(cast(${JSON.stringify(matches.map((m) => values(m.id, m.match)))} as jsonb))
        as v(id bigint, "customerId" bigint, confidence integer, candidates text, allocation text)
      where bank_lines.id = v.id`.execute(db);
  };
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
