/** Integer money arithmetic. Products can pass 2^53, so they go through BigInt; results are safe integers. */

/** a × b ÷ d, rounded half away from zero (the usual rule on Turkish invoices). */
export function mulDivRound(a: number, b: number, d: number): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const negative = product < 0n !== divisor < 0n;
  const absProduct = product < 0n ? -product : product;
  const absDivisor = divisor < 0n ? -divisor : divisor;
  const rounded = (absProduct * 2n + absDivisor) / (absDivisor * 2n);
  const result = Number(negative ? -rounded : rounded);
  if (!Number.isSafeInteger(result)) throw new RangeError('Amount out of range');
  return result;
}

/**
 * Splits `total` into parts proportional to `weights` by largest remainder: the parts always add up to
 * the total exactly, and with equal weights no part differs from another by more than one minor unit.
 */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new RangeError('Weights must add up to more than zero');
  const exact = weights.map((w) => BigInt(total) * BigInt(w));
  const floors = exact.map((e) => Number(e / BigInt(sum)));
  const remainders = exact.map((e, i) => ({ i, r: Number(e % BigInt(sum)) }));
  let left = total - floors.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
