import type { Language } from '../i18n/language';

/**
 * Parses what a person types ("1.234,56", "1234,5", "1,234.56") straight to minor units.
 * Returns null for anything that is not an amount with at most two decimals.
 */
export function parseMoney(text: string, language: Language): number | null {
  let s = text.replace(/[\s₺$€£]/g, '').replace(/^(TRY|TL|USD|EUR|GBP)|(TRY|TL|USD|EUR|GBP)$/gi, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const decimalSep = decimalSeparatorFor(s, language);
  const [whole = '', fraction = '', extra] = decimalSep ? s.split(decimalSep) : [s];
  if (extra !== undefined) return null;
  const groupSep = decimalSep === ',' ? '.' : ',';
  if (!isGroupedInteger(whole, decimalSep ? groupSep : null) || !/^\d{0,2}$/.test(fraction)) return null;

  const minor = Number(whole.replace(/\D/g, '') || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

/** Which character separates decimals here, or null when the text has none. */
function decimalSeparatorFor(s: string, language: Language): ',' | '.' | null {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const only = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (!only) return null;
  const native = language === 'tr' ? ',' : '.';
  if (only === native) return only;
  // The other language's separator: a single one followed by 1-2 digits is a decimal point ("12.5").
  const parts = s.split(only);
  return parts.length === 2 && /^\d{1,2}$/.test(parts[1]!) ? only : null;
}

function isGroupedInteger(whole: string, groupSep: string | null): boolean {
  if (groupSep === null || !whole.includes(groupSep)) return /^\d*$/.test(whole) || /^\d{1,3}([.,]\d{3})+$/.test(whole);
  return new RegExp(`^\\d{1,3}(\\${groupSep}\\d{3})+$`).test(whole);
}
