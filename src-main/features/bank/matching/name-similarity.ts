/** Dice coefficient of character bigrams: "yilmaz insat" and "yilmaz insaat" score about 0.95. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i += 1) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i += 1) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * Whether two names are at least this similar. Bigrams shared are at most the shorter name's count, so a
 * length gap alone rules most pairs out before any bigram is counted (same answer as the full comparison).
 */
export function diceAtLeast(a: string, b: string, min: number): boolean {
  const short = Math.min(a.length, b.length) - 1;
  const long = Math.max(a.length, b.length) - 1;
  if (a !== b && (2 * short) / (short + long) < min) return false;
  return diceSimilarity(a, b) >= min;
}
