import {
  xlsxCellValue as cellValue,
  xlsxNumberFormat as numberFormat,
  xlsxSheetName,
} from '../../../src-shared/export/table-format';
import { download } from './download';
import type { ExportDocument } from './report-table';

/** The document as an .xlsx workbook, a sheet per table: real number and date cells, bold header and totals. */
export async function xlsxBytes(document: ExportDocument): Promise<ArrayBuffer> {
  // Loaded on first export only: the library is large and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vade';
  for (const table of document.tables) {
    const sheet = workbook.addWorksheet(xlsxSheetName(table.title), {
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
