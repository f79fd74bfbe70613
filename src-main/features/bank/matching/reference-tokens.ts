/** Words and word pieces that could be a number, code or reference: they hold a digit. */
export function referenceTokens(text: string): string[] {
  const out = new Set<string>();
  for (const raw of text.split(/[\s,;:()]+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (token.length >= 3 && /\d/.test(token)) out.add(token);
    for (const piece of token.split(/[^\p{L}\p{N}]+/u)) if (piece.length >= 3 && /\d/.test(piece)) out.add(piece);
  }
  return [...out];
}
