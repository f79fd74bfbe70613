// fontkit ships no types; Vade only parses a font once and hands the object to pdfkit, which accepts it.
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    readonly advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string, features?: unknown): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    /** Every code point the font's character map has a glyph for. */
    characterSet: number[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
