import type { Db } from '../../store/schema';
import { loadLine, saveMatch } from './bank-lines-repo';
import { factsOf } from './line-facts';
import type { MatchIndex } from './matching/match-index';
import { matchLine } from './matching/match-line';

/**
 * Matches open lines again: those from these sender IBANs, or all of them. Returns how many now have a customer.
 * The index (every customer in memory) is built only when there is a line to match.
 */
export async function rematchSenders(db: Db, indexFor: () => Promise<MatchIndex>, ibans: string[] | 'all'): Promise<number> {
  let q = db.selectFrom('bank_lines').select('id').where('status', '=', 'open');
  if (ibans !== 'all') {
    if (ibans.length === 0) return 0;
    q = q.where('counterparty_iban', 'in', ibans);
  }
  const ids = await q.execute();
  if (ids.length === 0) return 0;
  const index = await indexFor();
  let matched = 0;
  for (const { id } of ids) {
    const line = await loadLine(db, id);
    if (!line) continue;
    const match = await matchLine(index, factsOf(line));
    await saveMatch(db, id, match);
    if (match.customerId !== null) matched += 1;
  }
  return matched;
}
