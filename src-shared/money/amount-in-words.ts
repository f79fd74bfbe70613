import type { Currency } from './currency';

const ONES = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
const SCALES = ['', 'bin', 'milyon', 'milyar', 'trilyon', 'katrilyon'];

/** The Turkish names of a currency's major and minor units, as receipts write them. */
const UNITS: Record<Currency, [major: string, minor: string]> = {
  TRY: ['TL', 'kr'],
  USD: ['ABD doları', 'sent'],
  EUR: ['avro', 'sent'],
  GBP: ['İngiliz sterlini', 'peni'],
};

/** 0–999 in words: "yüz" and not "bir yüz". */
function hundreds(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return [h === 0 ? '' : h === 1 ? 'yüz' : `${ONES[h]} yüz`, TENS[Math.floor(rest / 10)]!, ONES[rest % 10]!].filter(Boolean);
}

/** A whole number in Turkish words: 1000 is "bin" (never "bir bin"), 1001000 "bir milyon bin". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole number: ${n}`);
  if (n === 0) return 'sıfır';
  const words: string[] = [];
  let rest = n;
  const groups: number[] = [];
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    if (i === 1 && group === 1) words.push('bin');
    else words.push(...hundreds(group), ...(SCALES[i] ? [SCALES[i]!] : []));
  }
  return words.join(' ');
}

/**
 * What a receipt writes under the figure so nobody can alter it: "Yalnız on iki bin üç yüz kırk beş TL
 * altmış yedi kr". Always in Turkish (a tahsilat makbuzu's legal wording), whatever the document's language.
 */
export function amountInWords(minor: number, currency: Currency): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new RangeError(`Not an amount: ${minor}`);
  const [major, minorUnit] = UNITS[currency];
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  const parts = whole > 0 || cents === 0 ? [`${numberInWords(whole)} ${major}`] : [];
  if (cents > 0) parts.push(`${numberInWords(cents)} ${minorUnit}`);
  return `Yalnız ${parts.join(' ')}`;
}
