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
