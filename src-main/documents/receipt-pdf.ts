import type { ChequeKind } from '../../src-shared/domain/cheques/lifecycle';
import type { Payment } from '../../src-shared/domain/payments/types';
import type { ExportTable } from '../../src-shared/domain/reports/export-document';
import { amountInWords } from '../../src-shared/money/amount-in-words';
import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { drawCustomerBlock, drawLetterhead, drawTitle, type DocumentCustomer } from './letterhead';
import { cell, COLORS, CONTENT_WIDTH, PAGE, type Pdf } from './pdf-page';
import { roomFor } from './plan-schedule-pdf';
import { paragraph } from './reconciliation-pdf';
import { drawTable } from './report-table-pdf';
import { drawSignatureBlock, SIGNATURE_HEADED_HEIGHT } from './signature-block';

/** A cheque or note taken with the payment, as the receipt lists it. */
export interface ReceiptInstrument {
  kind: ChequeKind;
  serialNumber: string;
  bank: string;
  branch: string;
  drawer: string;
  dueDate: string;
  amount: number;
}

export interface ReceiptDocument {
  number: string;
  customer: DocumentCustomer;
  payment: Payment;
  instruments: ReceiptInstrument[];
}

/** TM-000042: the payment's own id, so a receipt printed twice carries the same number. */
export const receiptNumber = (paymentId: number): string => `TM-${String(paymentId).padStart(6, '0')}`;

/** Label and value pairs in two columns, one line each. */
function drawFacts(doc: Pdf, y: number, facts: [string, string][]): number {
  for (const [label, value] of facts) {
    cell(doc, label, PAGE.margin, y, 110, { size: 8.5, color: COLORS.muted });
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(value, PAGE.margin + 115, y, { width: CONTENT_WIDTH - 115 });
    y = Math.max(doc.y, y + 12) + 3;
  }
  return y + 6;
}

/**
 * A collection receipt (tahsilat makbuzu): the amount in figures and in Turkish words, the method, cheques or
 * notes taken, the invoices it settled and the signatures of who received and who paid.
 */
export function drawReceipt(doc: Pdf, receipt: ReceiptDocument, assets: DocumentAssets, text: DocumentText): void {
  const { customer, payment } = receipt;
  const { company } = assets;
  let y = drawLetterhead(doc, assets, text);
  y = drawTitle(doc, y, text.t('payments.receipt.title'), [
    [text.t('payments.receipt.number'), receipt.number],
    [text.t('payments.receipt.date'), text.date(payment.date)],
    [text.t('documents.customerCode'), customer.code],
  ]);
  y = drawCustomerBlock(doc, y, customer, text);
  if (payment.reversedAt) {
    const day = payment.reversedAt.slice(0, 10);
    y = paragraph(doc, y, text.t('payments.receipt.reversed', { date: text.date(day), reason: payment.reversalReason ?? '' }), {
      font: 'bold',
    });
  }

  // The amount in a band: figures, then the words nobody can alter without it showing.
  doc.rect(PAGE.margin, y - 4, CONTENT_WIDTH, 46).fill(COLORS.band);
  cell(doc, text.t('payments.receipt.amount'), PAGE.margin + 10, y, 150, { size: 8, color: COLORS.muted });
  cell(doc, text.money(payment.amount, payment.currency), PAGE.margin + 10, y + 11, 200, { font: 'bold', size: 14 });
  cell(doc, text.t('payments.receipt.inWords'), PAGE.margin + 220, y, CONTENT_WIDTH - 230, { size: 8, color: COLORS.muted });
  doc
    .font('bold')
    .fontSize(9)
    .fillColor(COLORS.text)
    .text(`${amountInWords(payment.amount, payment.currency)}.`, PAGE.margin + 220, y + 11, { width: CONTENT_WIDTH - 230 });
  y = Math.max(y + 48, doc.y + 8);

  y = paragraph(doc, y, text.t('payments.receipt.body'), { size: 9 });
  const facts: [string, string][] = [
    [text.t('payments.receipt.method'), payment.method ? text.t(`payments.method.${payment.method}`) : ''],
  ];
  if (payment.reference) facts.push([text.t('payments.receipt.reference'), payment.reference]);
  if (payment.note) facts.push([text.t('payments.receipt.note'), payment.note]);
  y = drawFacts(doc, y, facts);

  const symbol = text.symbol(payment.currency);
  if (receipt.instruments.length > 0) {
    const instruments: ExportTable = {
      title: text.t('payments.receipt.instruments'),
      columns: [
        { header: text.t('cheques.column.kind'), kind: 'text', width: 10 },
        { header: text.t('cheques.column.serial'), kind: 'text', width: 16 },
        { header: text.t('payments.receipt.col.bank'), kind: 'text', width: 26 },
        { header: text.t('payments.receipt.col.drawer'), kind: 'text', width: 26 },
        { header: text.t('cheques.column.due'), kind: 'date' },
        { header: `${text.t('cheques.column.amount')} (${symbol})`, kind: 'money' },
      ],
      rows: receipt.instruments.map((c) => [
        text.t(`cheques.kind.${c.kind}`),
        c.serialNumber,
        [c.bank, c.branch].filter(Boolean).join(' / '),
        c.drawer,
        c.dueDate,
        c.amount,
      ]),
    };
    y = drawTable(doc, instruments, roomFor(doc, y, 60), text);
  }

  const live = payment.allocations.filter((a) => !a.reversed);
  if (live.length > 0 || payment.unallocated > 0) {
    const allocations: ExportTable = {
      title: text.t('payments.receipt.allocations'),
      columns: [
        { header: text.t('payments.receipt.col.invoice'), kind: 'text', width: 40 },
        { header: text.t('payments.receipt.col.date'), kind: 'date' },
        { header: `${text.t('cheques.column.amount')} (${symbol})`, kind: 'money' },
      ],
      rows: [
        ...live.map((a) => [a.invoiceNumber, a.date, a.amount]),
        ...(payment.unallocated > 0 ? [[text.t('payments.receipt.unallocated'), null, payment.unallocated]] : []),
      ],
      totals: [text.t('plans.pdf.total'), null, payment.amount],
    };
    y = drawTable(doc, allocations, roomFor(doc, y, 60), text);
  }

  // Who received it and who paid, side by side; the block never splits over a page.
  y = roomFor(doc, y + 8, SIGNATURE_HEADED_HEIGHT);
  const width = 200;
  drawSignatureBlock(
    doc,
    PAGE.margin,
    y,
    width,
    {
      heading: text.t('payments.receipt.receivedBy'),
      name: company.title || text.t('documents.noCompany'),
      signer: company.signatureText,
    },
    text,
  );
  drawSignatureBlock(
    doc,
    PAGE.margin + CONTENT_WIDTH - width,
    y,
    width,
    { heading: text.t('payments.receipt.paidBy'), name: customer.title },
    text,
  );
}
