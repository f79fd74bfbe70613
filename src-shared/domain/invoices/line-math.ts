import { mulDivRound } from '../../money/arithmetic';

export const VAT_RATES = [0, 1, 10, 20] as const;
export type VatRate = (typeof VAT_RATES)[number];

/** Quantities keep three decimals (1,5 kg → 1500); discounts two (12,5 % → 1250 basis points). */
export const QUANTITY_SCALE = 1000;
export const PERCENT_SCALE = 100;

export interface LineInput {
  quantityMilli: number;
  unitPrice: number;
  vatRate: VatRate;
  discountBasisPoints: number;
}

export interface LineAmounts {
  gross: number;
  discount: number;
  net: number;
  vat: number;
  total: number;
}

/** One invoice line in minor units; VAT is computed per line and rounded half away from zero. */
export function lineAmounts(line: LineInput): LineAmounts {
  const gross = mulDivRound(line.quantityMilli, line.unitPrice, QUANTITY_SCALE);
  const discount = mulDivRound(gross, line.discountBasisPoints, 100 * PERCENT_SCALE);
  const net = gross - discount;
  const vat = mulDivRound(net, line.vatRate, 100);
  return { gross, discount, net, vat, total: net + vat };
}

/** A line as typed (quantity and discount as decimals) at the integer scales, or null when they have too many decimals. */
export function lineInputOf(line: { quantity: number; unitPrice: number; vatRate: VatRate; discountPercent: number }): LineInput | null {
  const quantityMilli = toScaled(line.quantity, QUANTITY_SCALE);
  const discountBasisPoints = toScaled(line.discountPercent, PERCENT_SCALE);
  if (quantityMilli === null || discountBasisPoints === null || !Number.isSafeInteger(line.unitPrice)) return null;
  return { quantityMilli, unitPrice: line.unitPrice, vatRate: line.vatRate, discountBasisPoints };
}

/**
 * The line's amounts, or null when its total with VAT would pass `max` (a quantity of a billion at a
 * price of ten billion is past any safe integer: worked out in BigInt first, never thrown).
 */
export function lineAmountsWithin(line: LineInput, max: number): LineAmounts | null {
  const product = BigInt(line.quantityMilli) * BigInt(line.unitPrice);
  if (product < 0n || (product * 2n + BigInt(QUANTITY_SCALE)) / BigInt(2 * QUANTITY_SCALE) > BigInt(max)) return null;
  const amounts = lineAmounts(line);
  return amounts.total <= max ? amounts : null;
}

export interface InvoiceTotals {
  net: number;
  vat: number;
  total: number;
}

export function invoiceTotals(lines: readonly LineInput[]): InvoiceTotals {
  return lines
    .map(lineAmounts)
    .reduce((t, l) => ({ net: t.net + l.net, vat: t.vat + l.vat, total: t.total + l.total }), { net: 0, vat: 0, total: 0 });
}

/** A decimal with at most `places` decimals as an integer at that scale, or null (e.g. 1.2345 with 3 places). */
export function toScaled(value: number, scale: number): number | null {
  const scaled = Math.round(value * scale);
  return Math.abs(scaled - value * scale) < 1e-6 && Number.isSafeInteger(scaled) ? scaled : null;
}
