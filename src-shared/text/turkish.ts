/**
 * Turkish-aware text helpers. SQLite's LOWER/NOCASE only fold ASCII, so search and sort keys
 * are computed here and stored beside the row.
 */

export const foldTr = (value: string): string => value.toLocaleLowerCase('tr').normalize('NFC');

/**
 * The search form of a text: Turkish case folding first (I → ı, İ → i), then the letters without their marks
 * (ş → s, ğ → g, ı → i, ö → o, ü → u, ç → c, â → a), so "ISTANBUL", "akdeniz gida" and "dogu" find "İstanbul",
 * "Akdeniz Gıda" and "Doğu", and a query typed with Turkish letters finds a text typed without them. Stored rows
 * and queries are folded the same way; only search uses it (sorting keeps `sortKeyTr`).
 */
export const foldSearch = (value: string): string =>
  value.toLocaleLowerCase('tr').normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ı', 'i').normalize('NFC');

/** Whether every word of `query` appears in `text`, both search-folded: the renderer's own filters. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldSearch(text);
  return foldSearch(query)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** Letters in Turkish alphabetical order; each maps to one code point so plain binary order sorts right. */
const ALPHABET = 'abcçdefgğhıijklmnoöprsştuüvwxyzqâîû';
const RANK = new Map([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x100 + i)]));

/** A key whose binary order is Turkish alphabetical order, case-insensitively (for ORDER BY). */
export function sortKeyTr(value: string): string {
  return [...foldTr(value.trim())].map((ch) => RANK.get(ch) ?? ch).join('');
}

export const compareTr = (a: string, b: string): number => a.localeCompare(b, 'tr', { sensitivity: 'base' });

const ASCII_OF: Record<string, string> = {
  ç: 'c',
  Ç: 'C',
  ğ: 'g',
  Ğ: 'G',
  ı: 'i',
  İ: 'I',
  ö: 'o',
  Ö: 'O',
  ş: 's',
  Ş: 'S',
  ü: 'u',
  Ü: 'U',
};

/**
 * A file name part that every file system accepts: Turkish letters spelled in ASCII, anything else
 * outside letters, digits, underscore and dash turned into one dash, at most `max` characters.
 */
export function safeFileNamePart(value: string, max = 60): string {
  const ascii = [...value.normalize('NFC')].map((ch) => ASCII_OF[ch] ?? ch).join('');
  return ascii
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/[-.]+$/, '');
}
