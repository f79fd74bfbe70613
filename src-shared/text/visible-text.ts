/**
 * Characters that show nothing: every Unicode space (NBSP included, `\s`), zero-width spaces and joiners, the
 * word joiner and invisible operators, BOM, soft hyphen, bidi marks and embeddings, variation selectors and the
 * Hangul fillers. A name pasted from a PDF or a web page can be made only of these.
 */
const INVISIBLE =
  '\\s\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'gu');
const ANY = new RegExp(`[${INVISIBLE}]`, 'gu');

/** The text without invisible characters at either end (inside, a space between words stays). */
export const trimInvisible = (text: string): string => text.replace(EDGES, '');

/** How many characters of the text can be seen. */
export const visibleLength = (text: string): number => [...text.replace(ANY, '')].length;
