import { once } from 'node:events';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { ExportCell, ExportColumn } from '../../../src-shared/domain/reports/export-document';
import {
  CSV_BOM,
  csvHeader,
  csvLine,
  csvValue,
  xlsxCellValue,
  xlsxNumberFormat,
  xlsxSheetName,
} from '../../../src-shared/export/table-format';
import type { Language } from '../../../src-shared/i18n/language';
import { partFileFor } from '../../documents/atomic-write';

/** A table too big to hold: its rows come page by page from the database. */
export interface StreamedTable {
  title: string;
  /** The CSV's file name inside a ZIP, without extension. */
  fileName: string;
  columns: ExportColumn[];
  pages(): AsyncIterable<ExportCell[][]>;
}

export type ExportFormat = 'csv' | 'xlsx';

/** Writes under a temporary name and renames: a failed or interrupted export leaves no partial file. */
async function atomically(target: string, write: (part: string) => Promise<number>): Promise<number> {
  const part = partFileFor(target);
  try {
    const rows = await write(part);
    await fs.promises.rename(part, target);
    return rows;
  } catch (error) {
    await fs.promises.rm(part, { force: true });
    throw error;
  }
}

/** The CSV text of a table, page by page (header first, with a byte-order mark). */
export async function* csvChunks(table: StreamedTable, language: Language, count?: { rows: number }): AsyncGenerator<string> {
  yield `${CSV_BOM}${csvLine(table.columns.map(csvHeader))}\r\n`;
  for await (const page of table.pages()) {
    if (count) count.rows += page.length;
    yield page.map((row) => `${csvLine(row.map((cell, i) => csvValue(cell, table.columns[i]!, language)))}\r\n`).join('');
  }
}

export function writeCsvFile(target: string, table: StreamedTable, language: Language): Promise<number> {
  return atomically(target, async (part) => {
    const count = { rows: 0 };
    const out = fs.createWriteStream(part, { flags: 'wx' });
    try {
      for await (const chunk of csvChunks(table, language, count)) {
        if (!out.write(chunk)) await once(out, 'drain');
      }
    } finally {
      out.end();
      await once(out, 'close');
    }
    return count.rows;
  });
}

/** An amount column whose rows mix currencies has no currency symbol: the currency is a column of its own. */
const numberFormat = (column: ExportColumn): string | undefined =>
  column.kind === 'money' && !column.currency ? '#,##0.00' : xlsxNumberFormat(column);

/** An .xlsx written row by row (exceljs' streaming writer): a sheet per table, real numbers and dates. */
export function writeXlsxFile(target: string, tables: StreamedTable[]): Promise<number> {
  return atomically(target, async (part) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: part, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Vade';
    let rows = 0;
    for (const table of tables) {
      const sheet = workbook.addWorksheet(xlsxSheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = table.columns.map((column) => ({
        header: column.header,
        width: column.width ?? (column.kind === 'text' ? 28 : 14),
        style: { numFmt: numberFormat(column) } as Partial<ExcelJS.Style>,
      }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const page of table.pages()) {
        for (const row of page) sheet.addRow(row.map((value, i) => xlsxCellValue(value, table.columns[i]!))).commit();
        rows += page.length;
      }
      sheet.commit();
    }
    await workbook.commit();
    return rows;
  });
}
