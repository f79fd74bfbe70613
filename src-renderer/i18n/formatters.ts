import { dateTimeFormat } from '../../src-shared/dates/date-time-format';
import { useMemo } from 'react';
import { formatMoney } from '../../src-shared/money/format';
import type { Currency } from '../../src-shared/money/currency';
import { useI18n } from './i18n-context';

export interface Formatters {
  number(value: number): string;
  /** An event time (ISO UTC) shown in local time: 22.11.2025 20:41. */
  dateTime(iso: string): string;
  /** A business date ('YYYY-MM-DD') as the user writes it: 31.12.2026 (tr), 31/12/2026 (en). */
  date(day: string): string;
  /** Minor units with the currency in the language's one style: 1.234,56 ₺ (tr), ₺1,234.56 (en). */
  money(minor: number, currency: Currency): string;
  /** A percentage: %20 (tr), 20% (en). */
  percent(value: number): string;
}

/** Intl formatters for the current language, built once per language. */
export function useFormatters(): Formatters {
  const { locale, language } = useI18n();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    const dateTimes = dateTimeFormat(language);
    // A business date has no time zone: read and print it at UTC midnight so no offset moves the day.
    const dates = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    return {
      number: (value) => numbers.format(value),
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTimes.format(date);
      },
      date: (day) => {
        const date = new Date(`${day}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? day : dates.format(date);
      },
      money: (minor, currency) => formatMoney(minor, currency, language),
      percent: (value) => percents.format(value / 100),
    };
  }, [locale, language]);
}
