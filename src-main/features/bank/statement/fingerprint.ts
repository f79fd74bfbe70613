import { createHash } from 'node:crypto';
import { accentFreeWords } from '../../../../src-shared/domain/bank/name-key';
import type { StatementLine } from './statement-line';

/**
 * A stable key per account line, the same whichever file (or overlapping day) brings it again: the bank's
 * reference when it gives one, else date, direction, amount and the description's words. Two identical
 * movements on one day (two equal transfers) are told apart by their order among the identical ones in the
 * file: an overlapping export of the same day lists them again in the same order.
 */
export function fingerprints(accountIban: string, lines: readonly StatementLine[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const base = [
      accountIban,
      line.bookingDate,
      line.direction,
      line.currency,
      String(line.amount),
      line.reference !== ''
        ? `ref:${line.reference}`
        : `txt:${accentFreeWords(line.description).join(' ')}|${line.counterpartyIban}`,
    ].join('\u001f');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash('sha256').update(`${base}\u001f${n}`).digest('hex').slice(0, 40);
  });
}
