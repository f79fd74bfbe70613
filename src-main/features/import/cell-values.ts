import { CURRENCIES, type Currency } from '../../../src-shared/money/currency';
import { parseMoney } from '../../../src-shared/money/parse';
import { PAYMENT_METHODS } from '../../../src-shared/domain/payments/schemas';
import { foldTr } from '../../../src-shared/text/turkish';

/** "1.234,56", "1234.56", "₺1.234" → kuruş. Read the Turkish way; English only when both separators say so ("1,234.56"): "12,345" is refused, not guessed. */
export const parseAmount = (text: string): number | null =>
  parseMoney(text, 'tr') ?? (text.includes(',') && text.includes('.') ? parseMoney(text, 'en') : null);

const CURRENCY_WORDS: Record<string, Currency> = { tl: 'TRY', ytl: 'TRY', '₺': 'TRY', $: 'USD', '€': 'EUR', '£': 'GBP' };

/** "TL", "TRY", "₺", "usd", "€" → an ISO code; empty → TRY; anything else → null. */
export function parseCurrency(text: string): Currency | null {
  const t = text.trim();
  if (t === '') return 'TRY';
  const upper = t.toUpperCase();
  if ((CURRENCIES as readonly string[]).includes(upper)) return upper as Currency;
  return CURRENCY_WORDS[t.toLowerCase()] ?? null;
}

type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const METHOD_WORDS: [RegExp, PaymentMethod][] = [
  [/nakit|cash|kasa/, 'cash'],
  [/havale|eft|fast|banka|bank|transfer|virman/, 'bank_transfer'],
  [/kart|card|pos/, 'card'],
  [/çek|cek|cheque|check/, 'cheque'],
  [/senet|promissory|note/, 'promissory_note'],
  [/diğer|other/, 'other'],
];

/** Payment method words as programs and people write them; empty → a bank transfer (the usual case). */
export function parseMethod(text: string): PaymentMethod | null {
  const t = foldTr(text.trim());
  if (t === '') return 'bank_transfer';
  if ((PAYMENT_METHODS as readonly string[]).includes(t)) return t as PaymentMethod;
  return METHOD_WORDS.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

/** Whole days ("30", "30 gün"). */
export function parseDays(text: string): number | null {
  const match = /^\s*(\d{1,3})\s*(gün|gun|days?|g)?\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}

export const ETTN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
