import { randomId } from '@mantine/hooks';
import type { MethodInput } from '../../../../src-shared/contract/methods';
import type { VatRate } from '../../../../src-shared/domain/invoices/line-math';
import type { Invoice } from '../../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../../src-shared/money/currency';

/** Lines with amounts computed here, or one total copied from an invoice made elsewhere. */
export type InvoiceEntryMode = 'lines' | 'total';

export interface LineFormValues {
  /** React's key for the row; never sent. */
  key: string;
  description: string;
  /** NumberInput gives '' while empty (and text while half-typed). */
  quantity: number | string;
  /** Minor units; null when empty, NaN while the text is not an amount (see MoneyInput). */
  unitPrice: number | null;
  vatRate: VatRate;
  discountPercent: number | string;
}

/** What the invoice form edits. Close to the wire shape, with room for half-typed values. */
export interface InvoiceFormValues {
  customerId: number | null;
  /** Empty on a new invoice means "the next free number". */
  number: string;
  issueDate: string;
  /** Empty means "issue date + the customer's payment terms". */
  dueDate: string;
  currency: Currency;
  mode: InvoiceEntryMode;
  lines: LineFormValues[];
  /** The single total (VAT included), minor units. */
  total: number | null;
  ettn: string;
  notes: string;
}

export const DEFAULT_VAT_RATE: VatRate = 20;

export const emptyLine = (): LineFormValues => ({
  key: randomId(),
  description: '',
  quantity: 1,
  unitPrice: null,
  vatRate: DEFAULT_VAT_RATE,
  discountPercent: 0,
});

export const emptyInvoiceForm = (customerId: number | null, today: string, currency: Currency = 'TRY'): InvoiceFormValues => ({
  customerId,
  number: '',
  issueDate: today,
  dueDate: '',
  currency,
  mode: 'lines',
  lines: [emptyLine()],
  total: null,
  ettn: '',
  notes: '',
});

export function invoiceToForm(invoice: Invoice): InvoiceFormValues {
  const byLines = invoice.lines.length > 0;
  return {
    customerId: invoice.customerId,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    currency: invoice.currency,
    mode: byLines ? 'lines' : 'total',
    lines: byLines
      ? invoice.lines.map((line) => ({
          key: `line-${line.id}`,
          description: line.description,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          vatRate: line.vatRate,
          discountPercent: line.discountPercent,
        }))
      : [emptyLine()],
    total: byLines ? null : invoice.total,
    ettn: invoice.ettn ?? '',
    notes: invoice.notes,
  };
}

/** A half-typed number becomes NaN, so the schema refuses it; an empty discount means none. */
const numberOf = (value: number | string): number => (typeof value === 'number' ? value : Number.NaN);
const amountOf = (minor: number | null): number => (minor === null ? Number.NaN : minor);

export const lineInputOf = (line: LineFormValues) => ({
  description: line.description,
  quantity: numberOf(line.quantity),
  unitPrice: amountOf(line.unitPrice),
  vatRate: line.vatRate,
  discountPercent: line.discountPercent === '' ? 0 : numberOf(line.discountPercent),
});

/** Lines or the total, whichever the form is entering; the other is left out. */
const amountFields = (values: InvoiceFormValues) =>
  values.mode === 'lines' ? { lines: values.lines.map(lineInputOf) } : { total: amountOf(values.total) };

export function toCreateInput(values: InvoiceFormValues): MethodInput<'invoices/create'> {
  const number = values.number.trim();
  const ettn = values.ettn.trim();
  return {
    customerId: values.customerId ?? 0,
    ...(number ? { number } : {}),
    issueDate: values.issueDate,
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
    currency: values.currency,
    ...amountFields(values),
    ...(ettn ? { ettn } : {}),
    notes: values.notes,
  };
}

export function toUpdateInput(
  values: InvoiceFormValues,
  invoice: Pick<Invoice, 'id' | 'version'>,
): MethodInput<'invoices/update'> {
  return {
    id: invoice.id,
    version: invoice.version,
    number: values.number.trim(),
    issueDate: values.issueDate,
    dueDate: values.dueDate,
    currency: values.currency,
    ...amountFields(values),
    ettn: values.ettn.trim() || null,
    notes: values.notes,
  };
}
