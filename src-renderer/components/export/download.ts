import { CSV_BOM, csvLine } from '../../../src-shared/export/table-format';

/** Saves a blob under a file name through the browser's download (Electron shows its save dialog). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Rows as CSV with `;` between cells (what Excel expects in Turkish and most European locales) and a
 * byte-order mark so Excel reads the Turkish letters as UTF-8.
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number)[][]): void {
  const lines = [header, ...rows].map(csvLine);
  download(new Blob([CSV_BOM, lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }), fileName);
}
