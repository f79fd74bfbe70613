import { dateTimeFormat } from '../../src-shared/dates/date-time-format';
import type { Language } from '../../src-shared/i18n/language';
import { CURRENCY_SYMBOLS, type Currency } from '../../src-shared/money/currency';
import { formatAmount, formatMoney } from '../../src-shared/money/format';
import { translate, type MessageKey, type MessageParams } from '../../src-shared/i18n/translate';

/** Formatting for one document in one language. */
export interface DocumentText {
  language: Language;
  t(key: MessageKey, params?: MessageParams): string;
  /** 31.12.2026 (tr), 31/12/2026 (en). */
  date(day: string): string;
  /** 1.234,56 (tr), 1,234.56 (en); negative with a minus. */
  amount(minor: number): string;
  money(minor: number, currency: Currency): string;
  symbol(currency: Currency): string;
  /** The time the document was made, in local time. */
  generatedAt: string;
}

/** TR12 0006 2000 … in groups of four, as banks print it. */
export const formatIban = (iban: string): string => iban.replace(/(.{4})/g, '$1 ').trim();

// Built once: an Intl formatter costs more to make than a whole table row does to draw.
const STAMPS: Record<Language, Intl.DateTimeFormat> = { tr: dateTimeFormat('tr'), en: dateTimeFormat('en') };

export function documentText(language: Language, now: Date): DocumentText {
  const separator = language === 'tr' ? '.' : '/';
  const stamp = STAMPS[language];
  return {
    language,
    t: (key, params) => translate(language, key, params),
    date: (day) => {
      const [y, m, d] = day.split('-');
      return `${d}${separator}${m}${separator}${y}`;
    },
    amount: (minor) => (minor < 0 ? '-' : '') + formatAmount(Math.abs(minor), language),
    money: (minor, currency) => formatMoney(minor, currency, language),
    symbol: (currency) => CURRENCY_SYMBOLS[currency],
    generatedAt: stamp.format(now),
  };
}
