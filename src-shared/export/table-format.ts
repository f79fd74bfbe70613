import type { ExportCell, ExportColumn } from '../domain/reports/export-document';
import type { Language } from '../i18n/language';
import type { Currency } from '../money/currency';

/**
 * How a table cell is written to CSV and Excel, shared by the screen's small exports (renderer) and the
 * backend's streamed ones, so both write the same figures the same way.
 */

/** `;` between cells: what Excel expects in Turkish and most European locales. */
export const CSV_SEPARATOR = ';';
/** A byte-order mark so Excel reads the Turkish letters as UTF-8. */
export const CSV_BOM = '\uFEFF';

export const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvLine = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(CSV_SEPARATOR);

/** A CSV cell that Excel in this language reads back as the same number (decimal comma in Turkish, no grouping). */
export function csvValue(value: ExportCell, column: ExportColumn, language: Language): string | number {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const decimal = (n: number, places: number) => {
    const text = n.toFixed(places);
    return language === 'tr' ? text.replace('.', ',') : text;
  };
  if (column.kind === 'money') return decimal(value / 100, 2);
  if (column.kind === 'percent') return decimal(value * 100, 1);
  if (column.kind === 'decimal') return decimal(value, 1);
  return value;
}

export const csvHeader = (column: ExportColumn): string => (column.kind === 'percent' ? `${column.header} (%)` : column.header);

/** Excel number formats that show the currency after (tr) the amount; Excel localises the separators. */
const CURRENCY_FORMAT: Record<Currency, string> = {
  TRY: '#,##0.00 "₺"',
  USD: '#,##0.00 "$"',
  EUR: '#,##0.00 "€"',
  GBP: '#,##0.00 "£"',
};

export function xlsxNumberFormat(column: ExportColumn): string | undefined {
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
}

/** A cell's value as Excel stores it: amounts in major units, days as dates (UTC midnight, no time shift). */
export function xlsxCellValue(value: ExportCell, column: ExportColumn): string | number | Date | null {
  if (value === null) return null;
  if (column.kind === 'money' && typeof value === 'number') return value / 100;
  if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
export const xlsxSheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
