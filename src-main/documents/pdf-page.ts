import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentAssets, DocumentFonts } from './document-assets';
import type { DocumentText } from './document-format';

export const PAGE = { width: 595.28, height: 841.89, margin: 40, footer: 28 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y a content line may reach; below it are the footer's page number and stamp. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - PAGE.footer;

export const COLORS = {
  text: '#1f2933',
  muted: '#616e7c',
  rule: '#cbd2d9',
  band: '#eef2f6',
  overdue: '#c62828',
  overdueBand: '#fdecea',
  accent: '#1c4e80',
} as const;

export type Pdf = PDFKit.PDFDocument;

/** The width between the margins of the document's page (A4 portrait, or landscape for a wide report). */
export const contentWidth = (doc: Pdf): number => doc.page.width - 2 * PAGE.margin;
/** Lowest y a content line may reach on the document's page. */
export const contentBottom = (doc: Pdf): number => doc.page.height - PAGE.margin - PAGE.footer;
type FontName = keyof DocumentFonts;

const fontsOf = new WeakMap<Pdf, DocumentFonts>();
const advances = new WeakMap<Font, Map<string, number>>();

/**
 * Width of a one-line text from the glyphs' advance widths, cached per character. pdfkit's own measure
 * shapes the text first, which made measuring most of the time a table took; kerning is left out, a
 * difference of a fraction of a point.
 */
export function textWidth(doc: Pdf, font: FontName, size: number, text: string): number {
  const face = fontsOf.get(doc)![font];
  let cache = advances.get(face);
  if (!cache) advances.set(face, (cache = new Map()));
  let units = 0;
  for (const ch of text) {
    let advance = cache.get(ch);
    if (advance === undefined) cache.set(ch, (advance = face.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth));
    units += advance;
  }
  return (units / face.unitsPerEm) * size;
}

/** A new A4 document with the shipped Unicode fonts; pages are buffered so the footer can say "1 / 3". */
export function newPdf(assets: DocumentAssets, title: string, layout: 'portrait' | 'landscape' = 'portrait'): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margin: PAGE.margin,
    bufferPages: true,
    autoFirstPage: true,
    // Without a font of our own pdfkit would first load Helvetica's metrics for every document.
    font: null as unknown as string,
    info: { Title: title, Creator: 'Vade', Producer: 'Vade' },
  });
  // pdfkit takes a parsed fontkit font where its types only list files and buffers.
  doc.registerFont('regular', assets.fonts.regular as unknown as Buffer);
  doc.registerFont('bold', assets.fonts.bold as unknown as Buffer);
  doc.font('regular').fontSize(9).fillColor(COLORS.text);
  fontsOf.set(doc, assets.fonts);
  return doc;
}

/** Cuts a single-line text to a width with an ellipsis, so table rows keep one height. */
export function fit(doc: Pdf, font: FontName, size: number, text: string, width: number): string {
  if (textWidth(doc, font, size, text) <= width) return text;
  let end = text.length;
  while (end > 0 && textWidth(doc, font, size, `${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end)}…`;
}

/** One line of text at a fixed place, aligned in its width, that never flows onto a new page. */
export function cell(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  options: { align?: 'left' | 'right' | 'center'; font?: FontName; size?: number; color?: string } = {},
): void {
  const font = options.font ?? 'regular';
  const size = options.size ?? 8;
  const shown = fit(doc, font, size, text, width);
  const shownWidth = textWidth(doc, font, size, shown);
  const spare = options.align && options.align !== 'left' ? width - shownWidth : 0;
  doc
    .font(font)
    .fontSize(size)
    .fillColor(options.color ?? COLORS.text);
  // Placed and measured here rather than with pdfkit's `width`/`align`, which would shape the text once more
  // (`textWidth` is an option pdfkit reads but its types do not list).
  const placement = { lineBreak: false, textWidth: shownWidth } as PDFKit.Mixins.TextOptions;
  doc.text(shown, x + (options.align === 'center' ? spare / 2 : spare), y, placement);
}

export function rule(
  doc: Pdf,
  y: number,
  color: string = COLORS.rule,
  x: number = PAGE.margin,
  width: number = contentWidth(doc),
): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.5)
    .strokeColor(color)
    .stroke();
}

/** Index of the page being drawn (pages are buffered). */
export function currentPage(doc: Pdf): number {
  const { start, count } = doc.bufferedPageRange();
  return start + count - 1;
}

/**
 * The footer of the pages from `first` to the last: when it was made, and "Sayfa 1 / 3" counted within
 * those pages (a combined PDF numbers each customer's document on its own).
 */
export function stampFooters(doc: Pdf, text: DocumentText, left: string, first: number): void {
  const last = currentPage(doc);
  const count = last - first + 1;
  const start = first;
  for (let i = first; i <= last; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - PAGE.margin - 10;
    const width = contentWidth(doc);
    // The footer lies below the bottom margin: lift the margin so pdfkit does not start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    rule(doc, y - 6);
    cell(doc, left, PAGE.margin, y, width * 0.7, { size: 7, color: COLORS.muted });
    cell(doc, text.t('documents.page', { page: i - start + 1, pages: count }), PAGE.margin, y, width, {
      size: 7,
      color: COLORS.muted,
      align: 'right',
    });
    doc.page.margins.bottom = margin;
  }
  doc.switchToPage(last);
}

/** The finished PDF's bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
