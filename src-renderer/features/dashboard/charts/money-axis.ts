import { LOCALE_OF, type Language } from '../../../../src-shared/i18n/language';

/**
 * Axis ticks in whole units, shortened (1,2 Mn, 350 B / 1.2M, 350K): an axis is read at a glance; the
 * tooltip and the table give the exact kuruş.
 */
export function compactMoney(minor: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE_OF[language], { notation: 'compact', maximumFractionDigits: 1 }).format(minor / 100);
}
