import type { RawHandle } from '../../store/dialect/statements';
import type { Db } from '../../store/schema';
import { matchWriter } from './bank-lines-repo';
import type { MatchIndex } from './matching/match-index';
import { matchLine } from './matching/match-line';

/**
 * Matches open lines again: those from these sender IBANs, or all of them. Returns how many now have a customer.
 * The lines' facts are read in one query and the matches written through one prepared update; the index (every
 * customer in memory) is built only when there is a line to match.
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
  for (const line of lines) {
    const match = await matchLine(index, line);
    await save(line.id, match);
    if (match.customerId !== null) matched += 1;
  }
  return matched;
}
