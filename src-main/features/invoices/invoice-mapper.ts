import type { Selectable } from 'kysely';
import { daysBetween } from '../../../src-shared/dates/business-date';
import type { VatRate } from '../../../src-shared/domain/invoices/line-math';
import { PERCENT_SCALE, QUANTITY_SCALE } from '../../../src-shared/domain/invoices/line-math';
import { invoiceStatus } from '../../../src-shared/domain/invoices/status';
import type { Invoice, InvoiceAllocation, InvoiceLine } from '../../../src-shared/domain/invoices/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { InvoiceLinesTable, InvoicesTable } from '../../store/tables/ledger';

type InvoiceRow = Selectable<InvoicesTable>;

export const toLine = (row: Selectable<InvoiceLinesTable>): InvoiceLine => ({
  id: row.id,
  description: row.description,
  quantity: row.quantity_milli / QUANTITY_SCALE,
  unitPrice: row.unit_price,
  vatRate: row.vat_rate as VatRate,
  discountPercent: row.discount_bp / PERCENT_SCALE,
  net: row.net,
  vat: row.vat,
});

export const statusOf = (
  row: Pick<InvoiceRow, 'total' | 'open_amount' | 'written_off_amount' | 'open_disputes' | 'due_date'>,
  today: string,
) =>
  invoiceStatus(
    {
      total: row.total,
      openAmount: row.open_amount,
      writtenOffAmount: row.written_off_amount,
      openDisputes: row.open_disputes,
      dueDate: row.due_date,
    },
    today,
  );

export const daysOverdueOf = (row: Pick<InvoiceRow, 'open_amount' | 'due_date'>, today: string): number =>
  row.open_amount > 0 ? Math.max(0, daysBetween(row.due_date, today)) : 0;

export function toInvoice(row: InvoiceRow, lines: InvoiceLine[], allocations: InvoiceAllocation[], today: string): Invoice {
  const paidAmount = allocations.filter((a) => !a.reversed).reduce((sum, a) => sum + a.amount, 0);
  return {
    id: row.id,
    customerId: row.customer_id,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency as Currency,
    net: row.net,
    vat: row.vat,
    total: row.total,
    openAmount: row.open_amount,
    paidAmount,
    writtenOffAmount: row.written_off_amount,
    writtenOffOn: row.written_off_on,
    writeOffReason: row.write_off_reason,
    paidDate: row.paid_date,
    status: statusOf(row, today),
    daysOverdue: daysOverdueOf(row, today),
    ettn: row.ettn,
    notes: row.notes,
    lines,
    allocations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
