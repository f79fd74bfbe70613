/** Saves a blob under a file name through the browser's download (Electron shows its save dialog). */
function download(blob: Blob, fileName: string): void {
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
 * The data behind a chart as CSV with `;` between cells (what Excel expects in Turkish and most European
 * locales) and a byte-order mark so Excel reads the Turkish letters as UTF-8.
 */
export function downloadCsv(fileName: string, header: string[], rows: (string | number)[][]): void {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  download(new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** The chart's SVG drawn onto a white canvas at twice its size, saved as PNG. */
export async function downloadPng(container: HTMLElement, fileName: string): Promise<void> {
  const svg = container.querySelector('svg.recharts-surface');
  if (!svg) return;
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const source = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(source);
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = reject;
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
