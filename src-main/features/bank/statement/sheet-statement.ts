import { parseDay } from '../../../../src-shared/dates/parse-day';
import { BANK_SHEET_FIELDS, type BankSheetField } from '../../../../src-shared/domain/bank/schemas';
import type { ColumnMapping } from '../../../../src-shared/domain/import/schemas';
import type { Currency } from '../../../../src-shared/money/currency';
import { parseAmount, parseCurrency } from '../../import/cell-values';
import { guessColumns, guessKeys } from '../../import/column-guess';
import { ibanInText, oneLine, type ParsedStatement, type StatementLine } from './statement-line';

/** Header words of Turkish banks' exports (İş, Garanti, Akbank, Yapı Kredi, Ziraat, QNB…) and English ones. */
const BANK_HEADER_GUESSES: Record<BankSheetField, string[]> = {
  date: [
    'Tarih',
    'İşlem Tarihi',
    'Islem Tarihi',
    'Tarih/Saat',
    'Valör',
    'Valor',
    'Valör Tarihi',
    'Date',
    'Booking Date',
    'Value Date',
    'Transaction Date',
  ],
  description: [
    'Açıklama',
    'Aciklama',
    'İşlem Açıklaması',
    'İşlem Detayı',
    'Detay',
    'Description',
    'Details',
    'Narrative',
    'Explanation',
  ],
  amount: ['Tutar', 'İşlem Tutarı', 'Islem Tutari', 'Tutar (TL)', 'Miktar', 'Amount', 'Transaction Amount'],
  debit: ['Borç', 'Borc', 'Borç Tutarı', 'Çıkan', 'Giden', 'Debit', 'Withdrawal'],
  credit: ['Alacak', 'Alacak Tutarı', 'Giren', 'Gelen', 'Credit', 'Deposit'],
  balance: ['Bakiye', 'Kalan Bakiye', 'Bakiye (TL)', 'Balance'],
  sender: [
    'Gönderen',
    'Gonderen',
    'Gönderen Adı',
    'Gönderen Unvan',
    'Karşı Taraf',
    'Karsi Taraf',
    'Karşı Hesap Sahibi',
    'Alıcı/Gönderen',
    'Sender',
    'Counterparty',
    'Payer',
  ],
  iban: ['IBAN', 'Gönderen IBAN', 'Karşı IBAN', 'Karşı Hesap IBAN', 'Counterparty IBAN', 'Sender IBAN'],
  reference: [
    'Referans',
    'Referans No',
    'Dekont No',
    'Dekont',
    'Fiş No',
    'İşlem No',
    'Islem No',
    'Reference',
    'Ref',
    'Receipt No',
  ],
  currency: ['Döviz', 'Doviz', 'Para Birimi', 'Döviz Cinsi', 'Currency', 'PB'],
};
const KEYS = guessKeys(BANK_HEADER_GUESSES);

export const guessBankColumns = (headers: readonly string[]): ColumnMapping => guessColumns(BANK_SHEET_FIELDS, KEYS, headers);

/** A header row names a date and an amount (one column, or debit/credit ones). */
const isHeader = (m: ColumnMapping) =>
  m.date !== undefined && (m.amount !== undefined || m.credit !== undefined || m.debit !== undefined);

export interface SheetLayout {
  /** Index of the header row among the records (banks put a title and the account above it). */
  headerRow: number;
  headers: string[];
  guessed: ColumnMapping;
  /** An IBAN written above the header (the account the export is for). */
  accountIban: string | null;
}

const HEADER_SEARCH_ROWS = 40;

export function findLayout(records: readonly string[][]): SheetLayout | null {
  const above: string[] = [];
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i += 1) {
    const cells = records[i]!;
    const guessed = guessBankColumns(cells);
    if (isHeader(guessed)) {
      return { headerRow: i, headers: cells.map((c) => c.trim()), guessed, accountIban: ibanInText(above.join(' ')) || null };
    }
    above.push(cells.join(' '));
  }
  return null;
}

const cell = (cells: readonly string[], column: number | undefined) => (column === undefined ? '' : (cells[column] ?? '').trim());

/** A cell's amount as kuruş; negative in parentheses "(1.234,56)" too. */
function amountOf(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  const paren = /^\((.*)\)$/.exec(t);
  const value = parseAmount(paren ? paren[1]! : t);
  return value === null ? null : paren ? -Math.abs(value) : value;
}

/**
 * The movements of a bank's spreadsheet export under `mapping`: a date (tr-TR "01.12.2026", with or without a
 * time), a signed amount or separate Borç/Alacak columns, and rows with only text continuing the description
 * above them (multi-line descriptions exported one line per row). Rows that are not movements (totals,
 * footers) are passed over.
 */
export function sheetLines(
  records: readonly string[][],
  layout: SheetLayout,
  mapping: ColumnMapping,
  accountCurrency: Currency,
): ParsedStatement {
  const lines: StatementLine[] = [];
  let last: StatementLine | null = null;
  for (let r = layout.headerRow + 1; r < records.length; r += 1) {
    const cells = records[r]!;
    const dateText = cell(cells, mapping.date).split(/\s+/)[0] ?? '';
    const date = parseDay(dateText);
    const description = oneLine(cell(cells, mapping.description));
    let signed: number | null = null;
    if (mapping.amount !== undefined) signed = amountOf(cell(cells, mapping.amount));
    if (signed === null || signed === 0) {
      const credit = amountOf(cell(cells, mapping.credit));
      const debit = amountOf(cell(cells, mapping.debit));
      if (credit) signed = Math.abs(credit);
      else if (debit) signed = -Math.abs(debit);
    }
    if (!date || !signed) {
      // Only text: the description of the line above goes on.
      if (last && !date && signed === null && description !== '' && cells.filter((c) => c.trim() !== '').length === 1) {
        last.description = `${last.description} ${description}`.trim();
      }
      continue;
    }
    const sender = oneLine(cell(cells, mapping.sender));
    const ibanCell = ibanInText(cell(cells, mapping.iban), layout.accountIban ?? '');
    last = {
      bookingDate: date,
      direction: signed > 0 ? 'credit' : 'debit',
      amount: Math.abs(signed),
      currency: (mapping.currency !== undefined ? parseCurrency(cell(cells, mapping.currency)) : null) ?? accountCurrency,
      description,
      counterpartyName: sender,
      counterpartyIban: ibanCell || ibanInText(description, layout.accountIban ?? ''),
      reference: cell(cells, mapping.reference),
      balance: amountOf(cell(cells, mapping.balance)),
    };
    lines.push(last);
  }
  return { format: 'sheet', accountIban: layout.accountIban, lines };
}
