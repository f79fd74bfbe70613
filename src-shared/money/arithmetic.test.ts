import { describe, expect, it } from 'vitest';
import { mulDivRound, splitByLargestRemainder } from './arithmetic';

describe('mulDivRound', () => {
  it('rounds half away from zero', () => {
    expect(mulDivRound(5, 1, 10)).toBe(1);
    expect(mulDivRound(4, 1, 10)).toBe(0);
    expect(mulDivRound(-5, 1, 10)).toBe(-1);
    expect(mulDivRound(12345, 18, 100)).toBe(2222);
  });
  it('stays exact where a float product would not', () => {
    expect(mulDivRound(9_007_199_254_740, 1000, 1000)).toBe(9_007_199_254_740);
    expect(mulDivRound(999_999_999, 999_999, 1_000_000)).toBe(999_998_999);
  });
});

describe('splitByLargestRemainder', () => {
  it('adds up exactly and differs by at most one unit for equal weights', () => {
    for (const [total, n] of [
      [100, 3],
      [1, 4],
      [1_000_001, 7],
      [0, 5],
      [99_999_999, 12],
    ] as const) {
      const parts = splitByLargestRemainder(total, Array(n).fill(1));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
    }
  });
  it('splits in proportion', () => {
    expect(splitByLargestRemainder(1000, [1, 2, 2])).toEqual([200, 400, 400]);
    expect(splitByLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
});
