import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src-shared/dates/parse-day';
import { parseAmount, parseCurrency, parseMethod } from './cell-values';
import { guessKind, guessMapping, layoutHash } from './column-guess';
import { csvRecords, detectDelimiter } from './csv-rows';
import { decodeText } from './decode-text';

describe('reading spreadsheet text', () => {
  it('tells UTF-8 (with or without BOM) from Windows-1254 by the bytes', () => {
    const text = 'Ünvan;Şehir\nIşık Ğıda;İstanbul';
    expect(decodeText(Buffer.from(`\uFEFF${text}`, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'win1254'))).toEqual({ text, encoding: 'windows-1254' });
  });

  it('finds the separator of the header line and splits quoted fields with separators, quotes and line breaks', () => {
    expect(detectDelimiter('Kod;Ünvan;Tutar\n1;"A, B";1,5')).toBe(';');
    expect(detectDelimiter('Code,Name,"Amount; total"\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    const text = 'Kod;Açıklama;Tutar\r\nC1;"İki satır\r\nve ""tırnak""; noktalı virgül";1.234,56\r\nC2;;5\r\n';
    expect([...csvRecords(text, ';')]).toEqual([
      ['Kod', 'Açıklama', 'Tutar'],
      ['C1', 'İki satır\r\nve "tırnak"; noktalı virgül', '1.234,56'],
      ['C2', '', '5'],
    ]);
  });

  it('reads Turkish and ISO amounts and dates straight to kuruş and YYYY-MM-DD, refusing the ambiguous', () => {
    expect(parseAmount('1.234,56')).toBe(123_456);
    expect(parseAmount('1234.56')).toBe(123_456);
    expect(parseAmount('1,234.56')).toBe(123_456);
    expect(parseAmount('₺ 1.234')).toBe(123_400);
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
    expect(parseDay('31.12.2026')).toBe('2026-12-31');
    expect(parseDay('2026-12-31')).toBe('2026-12-31');
    expect(parseDay('1/2/26')).toBe('2026-02-01');
    expect(parseDay('31.02.2026')).toBeNull();
    expect([parseCurrency('TL'), parseCurrency(''), parseCurrency('€'), parseCurrency('usd'), parseCurrency('LIRA')]).toEqual([
      'TRY',
      'TRY',
      'EUR',
      'USD',
      null,
    ]);
    expect([
      parseMethod('Havale/EFT'),
      parseMethod('NAKİT'),
      parseMethod('Kredi Kartı'),
      parseMethod('Çek'),
      parseMethod('?'),
    ]).toEqual(['bank_transfer', 'cash', 'card', 'cheque', null]);
  });

  it('guesses columns from Turkish and English headers, whatever their case and letters', () => {
    const turkish = ['CARİ KODU', 'Cari Ünvanı', 'VKN/TCKN', 'Vergi Dairesi', 'İl', 'E-Posta'];
    expect(guessKind(turkish)).toBe('customers');
    expect(guessMapping('customers', turkish)).toEqual({ code: 0, title: 1, taxId: 2, taxOffice: 3, city: 4, email: 5 });
    const english = ['Customer Code', 'Invoice No', 'Invoice Date', 'Due Date', 'Amount', 'Currency', 'ETTN'];
    expect(guessKind(english)).toBe('invoices');
    expect(guessMapping('invoices', english)).toEqual({
      customerCode: 0,
      number: 1,
      issueDate: 2,
      dueDate: 3,
      total: 4,
      currency: 5,
      ettn: 6,
    });
    expect(guessMapping('invoices', ['Cari Kod', 'Fatura No', 'Tarih', 'Vade Tarihi', 'Tutar', 'Doviz'])).toEqual({
      customerCode: 0,
      number: 1,
      issueDate: 2,
      dueDate: 3,
      total: 4,
      currency: 5,
    });
    expect(layoutHash(['Cari Kod', 'Ünvan'])).toBe(layoutHash(['CARİ KOD', 'ünvan']));
    expect(layoutHash(['Cari Kod', 'Ünvan'])).not.toBe(layoutHash(['Ünvan', 'Cari Kod']));
  });
});
