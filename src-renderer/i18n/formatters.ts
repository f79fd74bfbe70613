import { useMemo } from 'react';
import { useI18n } from './i18n-context';

export interface Formatters {
  number(value: number): string;
  /** An event time (ISO UTC) shown in local time: 22.11.2025 20:41. */
  dateTime(iso: string): string;
}

/** Intl formatters for the current language, built once per language. */
export function useFormatters(): Formatters {
  const { locale } = useI18n();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    return {
      number: (value) => numbers.format(value),
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTimes.format(date);
      },
    };
  }, [locale]);
}
