import { describe, expect, it } from 'vitest';
import { compareTr, foldSearch, foldTr, matchesSearch, sortKeyTr } from './turkish';

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

describe('search folding', () => {
  it('ignores Turkish letters and case the Turkish way', () => {
    expect(foldSearch('İstanbul')).toBe('istanbul');
    expect(foldSearch('ISTANBUL')).toBe('istanbul');
    expect(foldSearch('Akdeniz Gıda')).toBe('akdeniz gida');
    expect(foldSearch('DOĞU ÇÖMLEK ŞÜKRÜ')).toBe('dogu comlek sukru');
    expect(foldSearch('IĞDIR')).toBe('igdir');
    expect(foldSearch('Kâğıt')).toBe('kagit');
  });
  it('folds a text already lower-cased elsewhere the same way (no stray dot from İ)', () => {
    expect(foldSearch('İ'.toLowerCase())).toBe('i');
    expect(foldSearch(foldTr('İZMİR'))).toBe(foldSearch('İZMİR'));
  });
  it('matches every word of a query, in any spelling', () => {
    expect(matchesSearch('Akdeniz Gıda Ltd.', 'akdeniz gida')).toBe(true);
    expect(matchesSearch('Akdeniz Gida Ltd.', 'gıda AKDENİZ')).toBe(true);
    expect(matchesSearch('Doğu Yapı', 'dogu tekstil')).toBe(false);
    expect(matchesSearch('anything', '  ')).toBe(true);
  });
});
