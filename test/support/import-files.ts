import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

/** A CSV as Turkish Excel writes it: ';' between columns, CRLF, Windows-1254 bytes. */
export function turkishCsv(rows: readonly (readonly string[])[]): Buffer {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return iconv.encode(rows.map((r) => r.map(quote).join(';')).join('\r\n') + '\r\n', 'win1254');
}

export function writeFile(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** `count` invoices spread over customers C001…C0nn, Turkish amounts and dates, as an accounting program exports them. */
export function invoiceRows(count: number, customers: number, prefix = 'FT'): string[][] {
  const rows = [['Cari Kod', 'Fatura No', 'Fatura Tarihi', 'Vade Tarihi', 'Tutar', 'Döviz']];
  for (let i = 0; i < count; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const kurus = 10_000 + ((i * 7919) % 9_000_000);
    const amount = `${Math.floor(kurus / 100).toLocaleString('tr-TR')},${String(kurus % 100).padStart(2, '0')}`;
    rows.push([
      `C${String((i % customers) + 1).padStart(3, '0')}`,
      `${prefix}${String(i + 1).padStart(7, '0')}`,
      `${day}.03.2026`,
      `${day}.05.2026`,
      amount,
      i % 10 === 0 ? 'USD' : 'TL',
    ]);
  }
  return rows;
}

export function customerRows(count: number): string[][] {
  const rows = [['Cari Kod', 'Ünvan', 'Şehir']];
  for (let i = 1; i <= count; i += 1) rows.push([`C${String(i).padStart(3, '0')}`, `Müşteri ${i} Ticaret Ltd. Şti.`, 'İstanbul']);
  return rows;
}

/** The kuruş total of the rows made by `invoiceRows` (what an import of them must add). */
export function invoiceRowsTotal(count: number): number {
  let sum = 0;
  for (let i = 0; i < count; i += 1) sum += 10_000 + ((i * 7919) % 9_000_000);
  return sum;
}
