import type { Currency } from '../../../src-shared/money/currency';
import { download } from './download';
import type { ExportColumn, ExportTable } from './report-table';

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

/** The table as an .xlsx workbook with one sheet: real number and date cells, a bold header and totals row. */
export async function xlsxBytes(table: ExportTable): Promise<ArrayBuffer> {
  // Loaded on first export only: the library is large and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vade';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width ?? (column.kind === 'text' ? 32 : 16),
    style: { numFmt: numberFormat(column) },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((value, i) => cellValue(value, table.columns[i]!)));
  if (table.totals) {
    const totals = sheet.addRow(table.totals.map((value, i) => cellValue(value, table.columns[i]!)));
    totals.font = { bold: true };
  }
  return workbook.xlsx.writeBuffer();
}

export async function downloadTableXlsx(table: ExportTable): Promise<void> {
  const bytes = await xlsxBytes(table);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  download(new Blob([bytes], { type }), `${table.fileName}.xlsx`);
}
