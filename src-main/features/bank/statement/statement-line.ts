import type { BankMovement, StatementFormat } from '../../../../src-shared/domain/bank/types';
import { isValidIban, normalizeIban } from '../../../../src-shared/validation/iban';

/** One movement of a bank statement as read from a file, before it is stored. */
export interface StatementLine extends BankMovement {
  balance: number | null;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** The account the file names (MT940 :25:, camt.053 Acct/IBAN, an IBAN above a spreadsheet's header). */
  accountIban: string | null;
  lines: StatementLine[];
}

const IBAN_IN_TEXT = /\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?)\b/g;

/** The first valid IBAN written in a text (spaces allowed), other than `except`; '' if none. */
export function ibanInText(text: string, except = ''): string {
  for (const match of text.toUpperCase().matchAll(IBAN_IN_TEXT)) {
    const iban = normalizeIban(match[1]!);
    if (isValidIban(iban) && iban !== except) return iban;
    // A TR IBAN followed by more digits: try its 26 characters alone.
    const tr = /^TR\d{24}/.exec(iban)?.[0];
    if (tr && isValidIban(tr) && tr !== except) return tr;
  }
  return '';
}

/** Whitespace of multi-line cells and fields folded to single spaces. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
