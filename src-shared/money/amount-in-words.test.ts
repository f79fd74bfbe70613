import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from './amount-in-words';

describe('numberInWords', () => {
  it.each([
    [0, 'sıfır'],
    [1, 'bir'],
    [10, 'on'],
    [11, 'on bir'],
    [99, 'doksan dokuz'],
    [100, 'yüz'],
    [101, 'yüz bir'],
    [200, 'iki yüz'],
    [1000, 'bin'],
    [1001, 'bin bir'],
    [1100, 'bin yüz'],
    [2000, 'iki bin'],
    [11_000, 'on bir bin'],
    [100_000, 'yüz bin'],
    [101_000, 'yüz bir bin'],
    [1_000_000, 'bir milyon'],
    [1_001_000, 'bir milyon bin'],
    [2_000_000_000, 'iki milyar'],
    [12_345, 'on iki bin üç yüz kırk beş'],
    [1_000_000_000_000, 'bir trilyon'],
  ])('%i is "%s"', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('never writes "bir bin" or "bir yüz" for one thousand or one hundred', () => {
    for (let n = 100; n < 200; n++) expect(numberInWords(n)).toMatch(/^yüz/);
    for (let n = 1000; n < 2000; n += 7) expect(numberInWords(n)).toMatch(/^bin/);
    for (let n = 1_000_000; n < 1_002_000; n += 13) expect(numberInWords(n)).not.toMatch(/milyon bir bin/);
  });

  it('refuses what is not a whole number', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError);
    expect(() => numberInWords(1.5)).toThrow(RangeError);
  });
});

describe('amountInWords', () => {
  it.each([
    [0, 'TRY', 'Yalnız sıfır TL'],
    [100, 'TRY', 'Yalnız bir TL'],
    [1_000, 'TRY', 'Yalnız on TL'],
    [10_000, 'TRY', 'Yalnız yüz TL'],
    [100_000, 'TRY', 'Yalnız bin TL'],
    [100_000_000, 'TRY', 'Yalnız bir milyon TL'],
    [1_234_567, 'TRY', 'Yalnız on iki bin üç yüz kırk beş TL altmış yedi kr'],
    [1, 'TRY', 'Yalnız bir kr'],
    [50, 'TRY', 'Yalnız elli kr'],
    [100_001, 'TRY', 'Yalnız bin TL bir kr'],
    [250_075, 'USD', 'Yalnız iki bin beş yüz ABD doları yetmiş beş sent'],
    [
      999_999_999_999_99,
      'EUR',
      'Yalnız dokuz yüz doksan dokuz milyar dokuz yüz doksan dokuz milyon dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz avro doksan dokuz sent',
    ],
  ] as const)('%i %s is "%s"', (minor, currency, words) => {
    expect(amountInWords(minor, currency)).toBe(words);
  });
});
