import type { ExportCell, ExportColumn, ExportTable, ReportPdfQuery } from '../../src-shared/domain/reports/export-document';
import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { drawLetterhead, drawTitle } from './letterhead';
import { COLORS, PAGE, cell, contentBottom, contentWidth, rule, textWidth, type Pdf } from './pdf-page';

const ROW = 14;

/** A value as the table prints it: amounts without symbol (the heading names the currency), days as 31.12.2026. */
function printed(value: ExportCell, column: ExportColumn, text: DocumentText, numbers: Intl.NumberFormat): string {
  if (value === null) return '';
  if (typeof value === 'string') return column.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? text.date(value) : value;
  switch (column.kind) {
    case 'money':
      return text.amount(value);
    case 'percent':
      return `${numbers.format(Math.round(value * 1000) / 10)} %`;
    case 'decimal':
      return numbers.format(Math.round(value * 10) / 10);
    default:
      return numbers.format(value);
  }
}

/** Above this many columns a report is printed on landscape pages (an aging with many buckets). */
const PORTRAIT_MAX_COLUMNS = 7;

/** Portrait, or landscape when a table has too many columns to be read in portrait. */
export const reportLayout = (report: ReportPdfQuery): 'portrait' | 'landscape' =>
  report.tables.some((t) => t.columns.length > PORTRAIT_MAX_COLUMNS) ? 'landscape' : 'portrait';

/**
 * Column widths over the page: text columns get more room. A landscape page keeps 8 pt type up to about ten
 * columns of figures; a table wider than that gets a smaller type.
 */
function layout(doc: Pdf, table: ExportTable): { x: number[]; widths: number[]; size: number } {
  const width = contentWidth(doc);
  const weight = (c: ExportColumn) => (c.kind === 'text' ? Math.max(1, (c.width ?? 24) / 10) : 1);
  const total = table.columns.reduce((sum, c) => sum + weight(c), 0);
  const widths = table.columns.map((c) => (weight(c) / total) * width);
  const x = widths.map((_, i) => PAGE.margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const perColumn = width / table.columns.length;
  return { x, widths, size: perColumn >= 70 ? 8 : perColumn >= 55 ? 7 : 6.5 };
}

/** A titled table over the page width (header again on each new page); returns the y below it. */
export function drawTable(doc: Pdf, table: ExportTable, top: number, text: DocumentText): number {
  const numbers = new Intl.NumberFormat(text.language === 'tr' ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 1 });
  const { x, widths, size } = layout(doc, table);
  const align = (c: ExportColumn) => (c.kind === 'text' || c.kind === 'date' ? 'left' : 'right');
  const line = (values: ExportCell[], y: number, font: 'regular' | 'bold') =>
    table.columns.forEach((column, i) =>
      cell(doc, printed(values[i] ?? null, column, text, numbers), x[i]! + 2, y, widths[i]! - 4, {
        align: align(column),
        font,
        size,
      }),
    );
  // A heading too long for its column ("Vadesi gelmemiş" over an amount) wraps onto a second line.
  const headerLines = table.columns.some((c, i) => textWidth(doc, 'bold', size, c.header) > widths[i]! - 4) ? 2 : 1;
  const header = (y: number) => {
    const height = ROW + (headerLines - 1) * (size + 2);
    doc.rect(PAGE.margin, y - 3, contentWidth(doc), height).fill(COLORS.band);
    doc.font('bold').fontSize(size).fillColor(COLORS.muted);
    table.columns.forEach((column, i) =>
      doc.text(column.header, x[i]! + 2, y, { width: widths[i]! - 4, align: align(column), height: height - 2, ellipsis: true }),
    );
    return y + height;
  };
  cell(doc, table.title, PAGE.margin, top, contentWidth(doc), { font: 'bold', size: 10.5, color: COLORS.accent });
  let y = header(top + 18);
  for (const row of table.rows) {
    // A row that would reach the footer starts a new page, under the header again.
    if (y + ROW > contentBottom(doc)) {
      doc.addPage();
      y = header(PAGE.margin);
    }
    line(row, y, 'regular');
    rule(doc, y + ROW - 4, COLORS.band);
    y += ROW;
  }
  if (table.totals) {
    if (y + ROW > contentBottom(doc)) {
      doc.addPage();
      y = header(PAGE.margin);
    }
    rule(doc, y - 3, COLORS.rule);
    line(table.totals, y + 1, 'bold');
    y += ROW + 2;
  }
  return y + 16;
}

/** A report's tables under the company's letterhead, the title and the day it was made. */
export function drawReportTables(
  doc: Pdf,
  report: ReportPdfQuery,
  assets: DocumentAssets,
  text: DocumentText,
  today: string,
): void {
  let y = drawLetterhead(doc, assets, text);
  y = drawTitle(doc, y, report.title, [[text.t('reports.pdf.date'), text.date(today)]]);
  if (report.subtitle) {
    cell(doc, report.subtitle, PAGE.margin, y, contentWidth(doc), { size: 8.5, color: COLORS.muted });
    y += 18;
  }
  for (const table of report.tables) {
    if (y + 60 > contentBottom(doc)) {
      doc.addPage();
      y = PAGE.margin;
    }
    y = drawTable(doc, table, y, text);
  }
}
