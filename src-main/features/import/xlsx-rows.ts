import type { CellValue } from 'exceljs';

/** A cell as the text a person would have typed: dates as YYYY-MM-DD, numbers in plain decimal. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A decimal comma keeps a number unambiguous for the Turkish-first amount parser (12.345 is not 12345).
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as CellValue); // formula: its last computed value
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text); // hyperlink
  }
  return '';
}

/** Every row of one worksheet as text (row 1 first); exceljs is loaded only when an XLSX file comes. */
export async function xlsxRows(bytes: Uint8Array, sheet: number): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[sheet] ?? workbook.worksheets[0];
  if (!worksheet) return [];
  const rows: string[][] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value).trim());
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
