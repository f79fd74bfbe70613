import type { RawHandle } from '../../store/dialect/statements';
import type { Db } from '../../store/schema';
import { matchWriter } from './bank-lines-repo';
import type { MatchIndex } from './matching/match-index';
import { matchLines } from './matching/match-line';

/** Lines matched and written together (on a server a few queries per batch instead of a few per line). */
const LINES_PER_BATCH = 500;

/**
 * Matches open lines again: those from these sender IBANs, or all of them. Returns how many now have a customer.
 * The lines' facts are read in one query, matched in batches (`matchLines`) and the matches written per batch
 * (a prepared update per line on SQLite, one update on a server); the index (every customer in memory) is built
 * only when there is a line to match.
 */
export async function rematchSenders(
  db: Db,
  raw: RawHandle | null,
  indexFor: () => Promise<MatchIndex>,
  ibans: string[] | 'all',
): Promise<number> {
  let q = db
    .selectFrom('bank_lines')
    .select([
      'id',
      'amount',
      'currency',
      'description',
      'counterparty_name as counterpartyName',
      'counterparty_iban as counterpartyIban',
    ])
    .where('status', '=', 'open');
  if (ibans !== 'all') {
    if (ibans.length === 0) return 0;
    q = q.where('counterparty_iban', 'in', ibans);
  }
  const lines = await q.execute();
  if (lines.length === 0) return 0;
  const index = await indexFor();
  await index.readReferences(lines);
  const save = matchWriter(db, raw);
  let matched = 0;
  for (let at = 0; at < lines.length; at += LINES_PER_BATCH) {
    const batch = lines.slice(at, at + LINES_PER_BATCH);
    const matches = await matchLines(index, batch);
    await save(batch.map((line, i) => ({ id: line.id, match: matches[i]! })));
    matched += matches.filter((m) => m.customerId !== null).length;
  }
  return matched;
}
