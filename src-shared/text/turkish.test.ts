import { describe, expect, it } from 'vitest';
import { compareTr, foldTr, sortKeyTr } from './turkish';

describe('Turkish text', () => {
  it('folds dotted and dotless I the Turkish way', () => {
    expect(foldTr('İSTANBUL')).toBe('istanbul');
    expect(foldTr('IĞDIR')).toBe('ığdır');
  });
  it('sort keys order like the Turkish collation', () => {
    const words = ['Zeytin', 'çiçek', 'Cam', 'ışık', 'İnci', 'Defne', 'Şeker', 'Sabun', 'Ölçü', 'Ocak', 'Üzüm', 'Ufuk'];
    const byKey = [...words].sort((a, b) => (sortKeyTr(a) < sortKeyTr(b) ? -1 : sortKeyTr(a) > sortKeyTr(b) ? 1 : 0));
    const byCollator = [...words].sort(compareTr);
    expect(byKey).toEqual(byCollator);
  });
});
