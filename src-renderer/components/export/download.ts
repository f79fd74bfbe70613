/** Saves a blob under a file name through the browser's download (Electron shows its save dialog). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Rows as CSV with `;` between cells (what Excel expects in Turkish and most European locales) and a
 * byte-order mark so Excel reads the Turkish letters as UTF-8.
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number)[][]): void {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  download(new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }), fileName);
}
