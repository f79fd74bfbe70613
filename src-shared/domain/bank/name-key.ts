import { foldSearch } from '../../text/turkish';

/**
 * Turkish-folded, accent-free words: "YILMAZ İNŞAAT" and "Yilmaz Insaat" compare alike (bank systems often
 * drop the Turkish letters), the search boxes' folding (NFKC first: full-width letters and ligatures as plain ones).
 * Punctuation splits words.
 */
export const accentFreeWords = (text: string): string[] =>
  foldSearch(text.normalize('NFKC'))
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** Legal-form and trade words that say nothing about who it is ("LTD. ŞTİ.", "A.Ş.", "TİC.", "SAN."). */
const NOISE = new Set(
  'ltd limited sti sirketi sirket as anonim tic ticaret san sanayi ve ith ihr ithalat ihracat paz pazarlama koll kollektif kom komandit ltdsti ve veya ltd.sti'.split(
    ' ',
  ),
);

/** The words of a name that identify it: legal suffixes and one-letter pieces ("A.Ş." → a, s) left out. */
export const nameWords = (name: string): string[] => accentFreeWords(name).filter((w) => w.length > 1 && !NOISE.has(w));

/** One key per name: "Yılmaz İnşaat Tic. Ltd. Şti." and "YILMAZ INSAAT LTD STI" give "yilmaz insaat". */
export const nameKey = (name: string): string => nameWords(name).join(' ');
