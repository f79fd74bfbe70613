import type { Language } from '../../../src-shared/i18n/language';
import { csvHeader, csvValue } from '../../../src-shared/export/table-format';
import { downloadCsv } from './download';

import type { ExportCell, ExportColumn, ExportDocument, ExportTable } from '../../../src-shared/domain/reports/export-document';

export type { ExportCell, ExportColumn, ExportDocument, ExportTable };

const csvLines = (table: ExportTable, language: Language): (string | number)[][] => [
  table.columns.map(csvHeader),
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
