import {
  lineAmounts,
  PERCENT_SCALE,
  QUANTITY_SCALE,
  toScaled,
  type LineAmounts,
  type VatRate,
} from '../../../../src-shared/domain/invoices/line-math';
import type { InvoiceFormValues, LineFormValues } from './invoice-form-values';

/** A line's amounts as the backend will compute them, or null while something needed is missing or invalid. */
export function amountsOfLine(line: LineFormValues): LineAmounts | null {
  if (typeof line.quantity !== 'number' || line.unitPrice === null || !Number.isFinite(line.unitPrice)) return null;
  const discount = line.discountPercent === '' ? 0 : line.discountPercent;
  if (typeof discount !== 'number' || discount < 0 || discount > 100) return null;
  const quantityMilli = toScaled(line.quantity, QUANTITY_SCALE);
  const discountBasisPoints = toScaled(discount, PERCENT_SCALE);
  if (quantityMilli === null || quantityMilli <= 0 || discountBasisPoints === null || line.unitPrice < 0) return null;
  try {
    return lineAmounts({ quantityMilli, unitPrice: line.unitPrice, vatRate: line.vatRate, discountBasisPoints });
  } catch {
    return null; // beyond any real amount
  }
}

export interface FormTotals {
  net: number;
  vat: number;
  total: number;
  /** VAT per rate, for rates with VAT on them (an invoice shows "KDV %20" and "KDV %10" apart). */
  vatByRate: { rate: VatRate; vat: number }[];
  /** False while some line cannot be computed yet: the totals leave it out. */
  complete: boolean;
}

/** What the invoice will come to: the lines' sums, or the single total typed in. */
export function formTotals(values: InvoiceFormValues): FormTotals {
  if (values.mode === 'total') {
    const total = values.total !== null && Number.isFinite(values.total) ? values.total : 0;
    return { net: total, vat: 0, total, vatByRate: [], complete: values.total !== null && Number.isFinite(values.total) };
  }
  const vatByRate = new Map<VatRate, number>();
  let net = 0;
  let vat = 0;
  let complete = true;
  for (const line of values.lines) {
    const amounts = amountsOfLine(line);
    if (!amounts) {
      complete = false;
      continue;
    }
    net += amounts.net;
    vat += amounts.vat;
    if (amounts.vat > 0) vatByRate.set(line.vatRate, (vatByRate.get(line.vatRate) ?? 0) + amounts.vat);
  }
  return {
    net,
    vat,
    total: net + vat,
    vatByRate: [...vatByRate].map(([rate, amount]) => ({ rate, vat: amount })).sort((a, b) => b.rate - a.rate),
    complete,
  };
}
