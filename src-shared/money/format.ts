import type { Language } from '../i18n/language';
import { CURRENCY_SYMBOLS, type Currency } from './currency';

const numberFormats = {
  tr: new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

/** Plain amount without symbol: 1.234,56 (tr) or 1,234.56 (en). */
export function formatAmount(minor: number, language: Language): string {
  return numberFormats[language].format(minor / 100);
}

/**
 * Amount with currency. One style everywhere: Turkish writes the symbol after the number
 * (1.234,56 ₺), English before it (₺1,234.56).
 */
export function formatMoney(minor: number, currency: Currency, language: Language): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const sign = minor < 0 ? '-' : '';
  const amount = formatAmount(Math.abs(minor), language);
  return language === 'tr' ? `${sign}${amount} ${symbol}` : `${sign}${symbol}${amount}`;
}
