import path from 'node:path';
import { decodeText, type TextEncoding } from './decode-text';
import { csvRecords, detectDelimiter, type Delimiter } from './csv-rows';
import { xlsxRows } from './xlsx-rows';

/** A spreadsheet as header and rows of text, whatever the file format. */
export interface SheetTable {
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  headers: string[];
  /** About how many data rows there are (lines of the text): the progress bar's total while rows stream by. */
  approxRows: number;
  /** Data rows with their row number in the file (the header is row 1); blank rows are left out. */
  rows(): Iterable<{ row: number; cells: string[] }>;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function* numbered(records: Iterable<string[]>): Generator<{ row: number; cells: string[] }> {
  let row = 1;
  for (const cells of records) {
    row += 1;
    if (!isBlank(cells)) yield { row, cells };
  }
}

function countLines(text: string): number {
  let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

const isZipBytes = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function openSheet(fileName: string, bytes: Uint8Array, sheet = 0): Promise<SheetTable> {
  const base = path.basename(fileName);
  if (isZipBytes(bytes) || /\.xlsx$/i.test(fileName)) {
    const all = await xlsxRows(bytes, sheet);
    const [headers = [], ...data] = all;
    return {
      fileName: base,
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      headers,
      approxRows: data.length,
      rows: () => numbered(data),
    };
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const first = csvRecords(text, delimiter).next();
  const headers = first.done ? [] : first.value.map((h) => h.trim());
  return {
    fileName: base,
    format: 'csv',
    encoding,
    delimiter,
    headers,
    approxRows: Math.max(0, countLines(text) - 1),
    rows: () => {
      const records = csvRecords(text, delimiter);
      records.next(); // the header
      return numbered(records);
    },
  };
}
