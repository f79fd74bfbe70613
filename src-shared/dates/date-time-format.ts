import type { Language } from '../i18n/language';

/**
 * A moment as screens, PDFs and e-mails print it: 04.01.2026 09:05 (tr), 04/01/2026, 09:05 (en). Written out
 * rather than `dateStyle: 'short'`, which prints Turkish days and months without their zero (4.01.2026).
 */
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

export const LOCALES: Record<Language, string> = { tr: 'tr-TR', en: 'en-GB' };

export const dateTimeFormat = (language: Language, timeZone?: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(LOCALES[language], { ...DATE_TIME_OPTIONS, timeZone });
