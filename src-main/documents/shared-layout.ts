import type { Font, Glyph, GlyphRun } from 'fontkit';

const MAX_ENTRIES = 50_000;
/** Figures, dates, IBANs, amounts: no ligatures or kerning worth shaping for, and different in every row. */
const PLAIN = /^[0-9 .,:/\-+()%₺$€£A-Z]*$/;

/** Latin letters with the Turkish ones, punctuation and the currency signs the documents print. */
const TEXT_RANGES: [number, number][] = [
  [0x20, 0x24f],
  [0x20a0, 0x20bf],
];

/**
 * fontkit keeps one glyph object per glyph id for the font's life, with the characters it was first made
 * for. Subsetting a composite glyph (ş is s + cedilla) makes its parts with none, and as the parsed font is
 * shared across documents, every later PDF then maps that glyph to no text (pdftotext and search lost each
 * "s"). Made first from the character map, the glyphs keep their characters.
 */
function rememberCodePoints(font: Font): void {
  const mapped = new Set(font.characterSet);
  for (const [from, to] of TEXT_RANGES) for (let cp = from; cp <= to; cp++) if (mapped.has(cp)) font.glyphForCodePoint(cp);
}

/**
 * The font with its text shaping remembered across documents. pdfkit shapes every word of every document
 * again (its cache lives and dies with one document), which made shaping most of a batch's time. Plain
 * figures skip shaping altogether: their glyphs come straight from the character map. pdfkit scales the
 * positions it gets in place, so each call hands out fresh copies of them.
 */
export function withSharedLayout(font: Font): Font {
  rememberCodePoints(font);
  const runs = new Map<string, GlyphRun>();
  const glyphs = new Map<string, Glyph>();
  const glyphOf = (ch: string) => {
    let glyph = glyphs.get(ch);
    if (!glyph) glyphs.set(ch, (glyph = font.glyphForCodePoint(ch.codePointAt(0)!)));
    return glyph;
  };
  const shaped = (text: string): GlyphRun => {
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_ENTRIES) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    return run;
  };
  const shared = Object.create(font) as Font;
  shared.layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features);
    let runGlyphs: Glyph[];
    let positions: GlyphRun['positions'];
    if (PLAIN.test(text)) {
      runGlyphs = [...text].map(glyphOf);
      positions = runGlyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    } else {
      const run = shaped(text);
      runGlyphs = run.glyphs;
      positions = run.positions.map((p) => ({ ...p }));
    }
    return {
      glyphs: runGlyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
  return shared;
}
