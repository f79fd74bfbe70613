import type { Currency } from '../../../src-shared/money/currency';
import { download } from './download';
import type { ExportColumn, ExportDocument } from './report-table';

/** Excel number formats that show the currency after (tr) the amount; Excel localises the separators. */
const CURRENCY_FORMAT: Record<Currency, string> = {
  TRY: '#,##0.00 "₺"',
  USD: '#,##0.00 "$"',
  EUR: '#,##0.00 "€"',
  GBP: '#,##0.00 "£"',
};

const numberFormat = (column: ExportColumn): string | undefined => {
  switch (column.kind) {
    case 'money':
      return CURRENCY_FORMAT[column.currency ?? 'TRY'];
    case 'date':
      return 'dd.mm.yyyy';
    case 'percent':
      return '0.0%';
    case 'decimal':
      return '0.0';
    case 'integer':
      return '0';
    default:
      return undefined;
  }
};

/** A cell's value as Excel stores it: amounts in major units, days as dates (UTC midnight, no time shift). */
const cellValue = (value: string | number | null, column: ExportColumn): string | number | Date | null => {
  if (value === null) return null;
  if (column.kind === 'money' && typeof value === 'number') return value / 100;
  if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
};

/** The document as an .xlsx workbook, a sheet per table: real number and date cells, bold header and totals. */
export async function xlsxBytes(document: ExportDocument): Promise<ArrayBuffer> {
  // Loaded on first export only: the library is large and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vade';
  for (const table of document.tables) {
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    const sheet = workbook.addWorksheet(table.title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width ?? (column.kind === 'text' ? 32 : 16),
      style: { numFmt: numberFormat(column) },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((value, i) => cellValue(value, table.columns[i]!)));
    if (table.totals) sheet.addRow(table.totals.map((value, i) => cellValue(value, table.columns[i]!))).font = { bold: true };
  }
  return workbook.xlsx.writeBuffer();
}

export async function downloadDocumentXlsx(document: ExportDocument): Promise<void> {
  const bytes = await xlsxBytes(document);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  download(new Blob([bytes], { type }), `${document.fileName}.xlsx`);
}
