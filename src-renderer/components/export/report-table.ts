import type { Language } from '../../../src-shared/i18n/language';
import { downloadCsv } from './download';

import type { ExportCell, ExportColumn, ExportDocument, ExportTable } from '../../../src-shared/domain/reports/export-document';

export type { ExportCell, ExportColumn, ExportDocument, ExportTable };

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
