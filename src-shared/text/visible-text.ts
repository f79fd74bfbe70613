/**
 * Characters that show nothing: every Unicode space (NBSP included, `\s`), zero-width spaces and joiners, the
 * word joiner and invisible operators, BOM, soft hyphen, bidi marks and embeddings, variation selectors and the
 * Hangul fillers. A name pasted from a PDF or a web page can be made only of these.
 */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];

const isInvisible = (char: string): boolean => {
  if (/^\s$/u.test(char)) return true;
  const code = char.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
};

/** The text without invisible characters at either end (inside, a space between words stays). */
export function trimInvisible(text: string): string {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && isInvisible(chars[start]!)) start += 1;
  while (end > start && isInvisible(chars[end - 1]!)) end -= 1;
  return start === 0 && end === chars.length ? text : chars.slice(start, end).join('');
}

/** How many characters of the text can be seen. */
export const visibleLength = (text: string): number => [...text].filter((char) => !isInvisible(char)).length;
