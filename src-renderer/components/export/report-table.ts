import type { Language } from '../../../src-shared/i18n/language';
import type { Currency } from '../../../src-shared/money/currency';
import { downloadCsv } from './download';

/**
 * How a column's values are written: money in minor units (written as major units with the currency's number
 * format in Excel), dates as YYYY-MM-DD (real dates in Excel), shares as 0–1 (a percentage in Excel).
 */
export type ExportColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'date' | 'percent';

export interface ExportColumn {
  header: string;
  kind: ExportColumnKind;
  /** For money: the currency of every value in the column (a table never mixes currencies in one column). */
  currency?: Currency;
  width?: number;
}

export type ExportCell = string | number | null;

/** A report table as the exports write it: the same columns, rows and totals in CSV and Excel. */
export interface ExportTable {
  /** The sheet's name in Excel. */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Written in bold under the rows. */
  totals?: ExportCell[];
}

/** What one export writes: a sheet per table in Excel; in CSV the tables one under the other. */
export interface ExportDocument {
  /** The file's name without extension. */
  fileName: string;
  tables: ExportTable[];
}

/** A CSV cell that Excel in this language reads back as the same number (decimal comma in Turkish, no grouping). */
function csvValue(value: ExportCell, column: ExportColumn, language: Language): string | number {
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

const csvLines = (table: ExportTable, language: Language): (string | number)[][] => [
  table.columns.map((c) => (c.kind === 'percent' ? `${c.header} (%)` : c.header)),
  ...[...table.rows, ...(table.totals ? [table.totals] : [])].map((row) =>
    row.map((cell, i) => csvValue(cell, table.columns[i]!, language)),
  ),
];

export function downloadDocumentCsv(document: ExportDocument, language: Language): void {
  // A table after the first starts after an empty line with its title, so Excel shows where it begins.
  const [first, ...rest] = document.tables.map((table) => csvLines(table, language));
  const lines = [...first!.slice(1), ...rest.flatMap((lines, i) => [[], [document.tables[i + 1]!.title], ...lines])];
  downloadCsv(`${document.fileName}.csv`, first![0]!.map(String), lines);
}
