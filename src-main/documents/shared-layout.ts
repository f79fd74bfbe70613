import type { Font, GlyphRun } from 'fontkit';

const MAX_ENTRIES = 50_000;

/**
 * The font with its text shaping remembered across documents. pdfkit shapes every word of every document
 * again (its cache lives and dies with one document), which made shaping most of a batch's time. pdfkit
 * scales the positions it gets in place, so each call hands out fresh copies of them.
 */
export function withSharedLayout(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const shared = Object.create(font) as Font;
  shared.layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_ENTRIES) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
  return shared;
}
