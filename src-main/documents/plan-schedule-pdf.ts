import type { ExportTable } from '../../src-shared/domain/reports/export-document';
import type { PaymentPlan } from '../../src-shared/domain/plans/types';
import { rowLabels } from '../../src-shared/domain/plans/row-labels';
import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { drawCustomerBlock, drawLetterhead, drawTitle, type DocumentCustomer } from './letterhead';
import { cell, COLORS, CONTENT_WIDTH, contentBottom, PAGE, type Pdf } from './pdf-page';
import { paragraph } from './reconciliation-pdf';
import { drawTable } from './report-table-pdf';
import { drawSignatureBlock, SIGNATURE_HEADED_HEIGHT } from './signature-block';

export interface PlanScheduleDocument {
  customer: DocumentCustomer;
  plan: PaymentPlan;
  /** The day the document is made. */
  issued: string;
}

/** `y` when `height` more points fit on this page, else the top of a new one. */
export function roomFor(doc: Pdf, y: number, height: number): number {
  if (y + height <= contentBottom(doc)) return y;
  doc.addPage();
  return PAGE.margin;
}

/** Figures side by side in a light band: label above, amount below. */
export function drawFigures(doc: Pdf, y: number, figures: [string, string][]): number {
  const width = CONTENT_WIDTH / figures.length;
  doc.rect(PAGE.margin, y - 3, CONTENT_WIDTH, 32).fill(COLORS.band);
  figures.forEach(([label, value], i) => {
    const x = PAGE.margin + i * width + 6;
    cell(doc, label, x, y, width - 12, { size: 7.5, color: COLORS.muted });
    cell(doc, value, x, y + 12, width - 12, { font: 'bold', size: 10 });
  });
  return y + 42;
}

/**
 * A payment plan to print and sign (ödeme planı): the customer, the invoices it covers, the schedule with what
 * is paid so far, the terms, and the signatures of both parties kept together on one page.
 */
export function drawPlanSchedule(doc: Pdf, document: PlanScheduleDocument, assets: DocumentAssets, text: DocumentText): void {
  const { customer, plan } = document;
  const { company } = assets;
  const money = (minor: number) => text.money(minor, plan.currency);
  const symbol = text.symbol(plan.currency);
  let y = drawLetterhead(doc, assets, text);
  y = drawTitle(doc, y, text.t('plans.pdf.title'), [
    [text.t('plans.pdf.planNo'), `#${plan.id}`],
    [text.t('documents.date'), text.date(document.issued)],
    [text.t('documents.customerCode'), customer.code],
  ]);
  y = drawCustomerBlock(doc, y, customer, text);
  if (plan.status !== 'active') {
    const status = text.t(`plans.status.${plan.status}`);
    cell(doc, text.t('plans.pdf.status', { status, date: text.date(plan.statusDate) }), PAGE.margin, y, CONTENT_WIDTH, {
      font: 'bold',
      color: COLORS.overdue,
      size: 9,
    });
    y += 18;
  }
  y = paragraph(doc, y, text.t('plans.pdf.intro', { customer: customer.title, total: money(plan.total) }));
  const figures: [string, string][] = [[text.t('plans.figure.principal'), money(plan.principal)]];
  if (plan.downPayment > 0) figures.push([text.t('plans.editor.downPayment'), money(plan.downPayment)]);
  if (plan.interestAmount > 0) figures.push([text.t('plans.figure.interest'), money(plan.interestAmount)]);
  figures.push([text.t('plans.figure.total'), money(plan.total)], [text.t('plans.figure.remaining'), money(plan.remaining)]);
  y = drawFigures(doc, y + 2, figures);

  const invoices: ExportTable = {
    title: text.t('plans.invoicesCovered'),
    columns: [
      { header: text.t('plans.pdf.col.invoice'), kind: 'text', width: 40 },
      { header: text.t('plans.col.dueDate'), kind: 'date' },
      { header: `${text.t('plans.pdf.col.inPlan')} (${symbol})`, kind: 'money' },
    ],
    rows: plan.invoices.map((i) => [
      i.isInterest ? `${i.number} · ${text.t('plans.interestInvoice')}` : i.number,
      i.dueDate,
      i.amount,
    ]),
  };
  y = drawTable(doc, invoices, roomFor(doc, y, 60), text);

  const labels = rowLabels(plan.instalments, text.t);
  const sum = (pick: (r: PaymentPlan['instalments'][number]) => number) => plan.instalments.reduce((s, r) => s + pick(r), 0);
  const schedule: ExportTable = {
    title: text.t('plans.pdf.schedule'),
    columns: [
      { header: text.t('plans.pdf.col.no'), kind: 'text', width: 16 },
      { header: text.t('plans.col.dueDate'), kind: 'date' },
      { header: `${text.t('plans.col.amount')} (${symbol})`, kind: 'money' },
      { header: `${text.t('plans.col.paid')} (${symbol})`, kind: 'money' },
      { header: `${text.t('plans.pdf.col.remaining')} (${symbol})`, kind: 'money' },
      { header: text.t('plans.col.state'), kind: 'text', width: 24 },
    ],
    rows: plan.instalments.map((r, i) => [
      labels[i]!,
      r.dueDate,
      r.amount,
      r.paidAmount,
      r.amount - r.paidAmount,
      text.t(`plans.state.${r.state}`),
    ]),
    totals: [
      text.t('plans.pdf.total'),
      null,
      sum((r) => r.amount),
      sum((r) => r.paidAmount),
      sum((r) => r.amount - r.paidAmount),
      null,
    ],
  };
  y = drawTable(doc, schedule, roomFor(doc, y, 60), text);

  if (plan.note) y = paragraph(doc, roomFor(doc, y, 30), plan.note, { size: 9 });
  y = paragraph(doc, roomFor(doc, y, 30), text.t('plans.pdf.breach', { days: plan.graceDays }), { size: 9 });

  // Both parties sign side by side; the block never splits over a page.
  y = roomFor(doc, y + 8, SIGNATURE_HEADED_HEIGHT);
  const width = 200;
  const parties = [
    { heading: text.t('plans.pdf.creditor'), name: company.title || text.t('documents.noCompany'), signer: company.signatureText },
    { heading: text.t('plans.pdf.debtor'), name: customer.title },
  ];
  parties.forEach((party, i) => {
    const x = i === 0 ? PAGE.margin : PAGE.margin + CONTENT_WIDTH - width;
    drawSignatureBlock(doc, x, y, width, party, text);
  });
}
