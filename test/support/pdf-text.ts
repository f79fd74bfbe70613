import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext lays it out (real extraction, as a user's search would see it). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The lines of the text holding every token in this order, each a whole cell (spaces or the line's end
 * around it: "0,00" does not match inside "600,00").
 */
export function linesWith(text: string, ...tokens: string[]): string[] {
  const pattern = new RegExp(tokens.map((t) => `(?:^|\\s)${escape(t)}(?=\\s|$)`).join('.*?'));
  return text.split('\n').filter((line) => pattern.test(line));
}

/** A word as pdftotext places it: page (from 1) and box in PDF points from the page's top left. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its box, to check where things landed (nothing below the footer, nothing cut). */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  let page = 0;
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  for (const match of html.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (match[0].startsWith('<page')) page++;
    else words.push({ page, text: unescape(match[5]!), xMin: +match[1]!, yMin: +match[2]!, xMax: +match[3]!, yMax: +match[4]! });
  }
  return words;
}
