import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';
import { parseMoney } from './parse';

describe('parseMoney', () => {
  it('reads Turkish amounts', () => {
    expect(parseMoney('1.234,56', 'tr')).toBe(123456);
    expect(parseMoney('1234,5', 'tr')).toBe(123450);
    expect(parseMoney('1.234.567', 'tr')).toBe(123456700);
    expect(parseMoney('12.5', 'tr')).toBe(1250);
    expect(parseMoney('₺ 0,07', 'tr')).toBe(7);
    expect(parseMoney('-10', 'tr')).toBe(-1000);
  });
  it('reads English amounts', () => {
    expect(parseMoney('1,234.56', 'en')).toBe(123456);
    expect(parseMoney('1,234', 'en')).toBe(123400);
    expect(parseMoney('0.1', 'en')).toBe(10);
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1,2,3', '12,345,6', '1.234,567', '1,2.3,4', '--1']) {
      expect(parseMoney(bad, 'tr'), bad).toBeNull();
    }
  });
  it('never goes through floats', () => {
    expect(parseMoney('0,29', 'tr')).toBe(29);
    expect(parseMoney('1.005,10', 'tr')).toBe(100510);
    expect(parseMoney('90.071.992.547.409,91', 'tr')).toBe(9007199254740991);
  });
});

describe('formatMoney', () => {
  it('puts the lira sign after the number in Turkish', () => {
    expect(formatMoney(123456, 'TRY', 'tr')).toBe('1.234,56 ₺');
    expect(formatMoney(-5, 'EUR', 'tr')).toBe('-0,05 €');
  });
  it('puts the sign first in English', () => {
    expect(formatMoney(123456, 'USD', 'en')).toBe('$1,234.56');
  });
});
