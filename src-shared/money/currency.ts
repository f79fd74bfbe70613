export const CURRENCIES = ['TRY', 'USD', 'EUR', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Money is an integer count of minor units (kuruş, cent) with its currency; never a float. */
export interface Money {
  amount: number;
  currency: Currency;
}

export const CURRENCY_SYMBOLS: Record<Currency, string> = { TRY: '₺', USD: '$', EUR: '€', GBP: '£' };
