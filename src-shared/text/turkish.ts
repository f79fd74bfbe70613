/**
 * Turkish-aware text helpers. SQLite's LOWER/NOCASE only fold ASCII, so search and sort keys
 * are computed here and stored beside the row.
 */

export const foldTr = (value: string): string => value.toLocaleLowerCase('tr').normalize('NFC');

/** Letters in Turkish alphabetical order; each maps to one code point so plain binary order sorts right. */
const ALPHABET = 'abcçdefgğhıijklmnoöprsştuüvwxyzqâîû';
const RANK = new Map([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x100 + i)]));

/** A key whose binary order is Turkish alphabetical order, case-insensitively (for ORDER BY). */
export function sortKeyTr(value: string): string {
  return [...foldTr(value.trim())].map((ch) => RANK.get(ch) ?? ch).join('');
}

export const compareTr = (a: string, b: string): number => a.localeCompare(b, 'tr', { sensitivity: 'base' });
