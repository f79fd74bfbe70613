import { createHash } from 'node:crypto';
import { HEADER_GUESSES, SHEET_FIELDS, SHEET_KINDS, type SheetKind } from '../../../src-shared/domain/import/fields';
import type { ColumnMapping } from '../../../src-shared/domain/import/schemas';
import { foldTr } from '../../../src-shared/text/turkish';

/** "Cari Ünvanı", "CARİ ÜNVANI" and "cari_unvani" compare alike: Turkish-folded, letters and digits only. */
export const headerKey = (header: string): string => foldTr(header).replace(/[^\p{L}\p{N}]/gu, '');

/** Also without Turkish letters, for files whose exporter dropped them ("Unvan", "Doviz"). */
const ascii = (key: string): string =>
  key.replace(/ı/g, 'i').replace(/ğ/g, 'g').replace(/ü/g, 'u').replace(/ş/g, 's').replace(/ö/g, 'o').replace(/ç/g, 'c');

/** Header words as keys for `guessColumns`: folded, ASCII, letters and digits only. */
export const guessKeys = (guesses: Record<string, readonly string[]>): Record<string, Set<string>> =>
  Object.fromEntries(Object.entries(guesses).map(([field, words]) => [field, new Set(words.map((w) => ascii(headerKey(w))))]));

const GUESS_KEYS = guessKeys(HEADER_GUESSES);

/** Each field gets the first column whose header names it; a column serves one field (also the bank statements'). */
export function guessColumns(
  fields: readonly string[],
  keysByField: Record<string, Set<string>>,
  headers: readonly string[],
): ColumnMapping {
  const keys = headers.map((h) => ascii(headerKey(h)));
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const words = keysByField[field];
    const column = keys.findIndex((k, i) => !used.has(i) && k !== '' && words?.has(k));
    if (column >= 0) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** Each field of the kind gets the first column whose header names it; a column serves one field. */
export const guessMapping = (kind: SheetKind, headers: readonly string[]): ColumnMapping =>
  guessColumns(SHEET_FIELDS[kind], GUESS_KEYS, headers);

/** The kind whose required fields the headers name best (an invoice number or a payment date tells them apart). */
export function guessKind(headers: readonly string[]): SheetKind {
  const score = (kind: SheetKind) => Object.keys(guessMapping(kind, headers)).length;
  const keys = new Set(headers.map((h) => ascii(headerKey(h))));
  const has = (field: string) => [...(GUESS_KEYS[field] ?? [])].some((w) => keys.has(w));
  if (has('number') && has('total')) return 'invoices';
  if (has('customerCode') && has('amount') && !has('title')) return 'payments';
  return [...SHEET_KINDS].sort((a, b) => score(b) - score(a))[0] ?? 'customers';
}

/** A layout is its header row: the same program's next export has the same one. */
export const layoutHash = (headers: readonly string[]): string =>
  createHash('sha256').update(headers.map(headerKey).join('\u001f')).digest('hex').slice(0, 32);
