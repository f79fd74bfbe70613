import type { ColumnMapping } from '../../../../src-shared/domain/import/schemas';
import type { Currency } from '../../../../src-shared/money/currency';
import { decodeText } from '../../import/decode-text';
import { layoutHash } from '../../import/column-guess';
import { openSheet } from '../../import/sheet-table';
import { looksLikeCamt053, parseCamt053 } from './camt053';
import { looksLikeMt940, parseMt940 } from './mt940';
import { findLayout, sheetLines } from './sheet-statement';
import type { ParsedStatement } from './statement-line';

export interface ReadStatement extends ParsedStatement {
  fileName: string;
  /** Spreadsheets only: the header row, the mapping used and whether it was the remembered one. */
  sheet: { headers: string[]; mapping: ColumnMapping; hash: string; remembered: boolean } | null;
}

export interface ReadOptions {
  mapping?: ColumnMapping | undefined;
  accountCurrency: Currency;
  /** The mapping chosen earlier for a layout (the header row's hash), shared with the import feature's table. */
  rememberedLayout: (hash: string) => Promise<ColumnMapping | null>;
}

export class UnreadableStatement extends Error {}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A statement file in any of the formats banks export: camt.053 XML, MT940, or an Excel/CSV table. */
export async function readStatement(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadStatement> {
  if (!isZip(bytes) && !/\.xlsx$/i.test(fileName)) {
    const { text } = decodeText(bytes);
    try {
      if (looksLikeCamt053(text)) return { fileName, ...parseCamt053(text), sheet: null };
      if (looksLikeMt940(text)) return { fileName, ...parseMt940(text), sheet: null };
    } catch (error) {
      throw new UnreadableStatement(error instanceof Error ? error.message : String(error));
    }
  }
  let records: string[][];
  try {
    const table = await openSheet(fileName, bytes);
    records = [table.headers, ...Array.from(table.rows(), (r) => r.cells)];
  } catch (error) {
    throw new UnreadableStatement(error instanceof Error ? error.message : String(error));
  }
  const layout = findLayout(records);
  if (!layout) throw new UnreadableStatement('no header row with a date and an amount');
  const hash = layoutHash(layout.headers);
  const remembered = options.mapping ? null : await options.rememberedLayout(hash);
  const mapping = options.mapping ?? remembered ?? layout.guessed;
  return {
    fileName,
    ...sheetLines(records, layout, mapping, options.accountCurrency),
    sheet: { headers: layout.headers, mapping, hash, remembered: remembered !== null },
  };
}
