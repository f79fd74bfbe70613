import type { Currency } from '../../src-shared/money/currency';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { daysBetween } from '../../src-shared/dates/business-date';
import type { StatementLine, StatementSection } from '../features/statements/statement-ledger';
import type { DocumentAssets } from './document-assets';
import { formatIban, type DocumentText } from './document-format';
import { drawCustomerBlock, drawLetterhead, drawTitle, type DocumentCustomer } from './letterhead';
import { cell, COLORS, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, rule, type Pdf } from './pdf-page';
import { drawSignatureBlock, SIGNATURE_HEIGHT } from './signature-block';

export interface StatementDocument {
  customer: DocumentCustomer;
  from: string;
  to: string;
  /** The day the document is made. */
  issued: string;
  openItemsOnly: boolean;
  sections: StatementSection[];
}

interface Column {
  width: number;
  align: 'left' | 'right';
}

// Date | document | description | due | debit | credit | balance: money columns right-aligned, same widths.
const WIDTHS = [54, 88, 0, 54, 68, 68, 78];
const FLEX = CONTENT_WIDTH - WIDTHS.reduce((a, b) => a + b, 0);
const COLUMNS: Column[] = WIDTHS.map((width, i) => ({ width: width || FLEX, align: i >= 4 ? 'right' : 'left' }));
const ROW = 14;
const PAD = 3;

/** A row whose label spans the document, description and due columns (opening, totals, closing). */
function drawSummaryRow(doc: Pdf, y: number, first: string, label: string, money: [string, string, string], band?: string) {
  const spanX = PAGE.margin + COLUMNS[0]!.width;
  const spanWidth = COLUMNS[1]!.width + COLUMNS[2]!.width + COLUMNS[3]!.width;
  drawRow(doc, y, [first, '', '', '', ...money], { font: 'bold', band });
  cell(doc, label, spanX + PAD, y, spanWidth - 2 * PAD, { font: 'bold' });
}

function drawRow(
  doc: Pdf,
  y: number,
  values: string[],
  options: { font?: 'regular' | 'bold'; color?: string; band?: string } = {},
) {
  if (options.band) doc.rect(PAGE.margin, y - 3, CONTENT_WIDTH, ROW).fill(options.band);
  let x = PAGE.margin;
  values.forEach((value, i) => {
    const column = COLUMNS[i]!;
    if (value)
      cell(doc, value, x + PAD, y, column.width - 2 * PAD, { align: column.align, font: options.font, color: options.color });
    x += column.width;
  });
}

const KIND_LABELS: Record<StatementLine['kind'], MessageKey> = {
  invoice: 'statements.pdf.kind.invoice',
  payment: 'statements.pdf.kind.payment',
  credit_note: 'statements.pdf.kind.creditNote',
  reversal: 'statements.pdf.kind.reversal',
  write_off: 'statements.pdf.kind.writeOff',
};

function describe(line: StatementLine, to: string, text: DocumentText): string {
  const parts = [text.t(KIND_LABELS[line.kind])];
  if (line.method) parts.push(text.t(`payments.method.${line.method}` as MessageKey));
  if (line.overdue && line.dueDate) parts.push(text.t('statements.pdf.daysOverdue', { days: daysBetween(line.dueDate, to) }));
  return parts.join(' · ');
}

/** Draws one statement from the current page on; the caller stamps the footers and finishes the file. */
export function drawStatement(doc: Pdf, statement: StatementDocument, assets: DocumentAssets, text: DocumentText): void {
  const { customer, from, to, openItemsOnly } = statement;
  const title = text.t(openItemsOnly ? 'statements.pdf.openItemsTitle' : 'statements.pdf.title');
  const period = `${text.date(from)} – ${text.date(to)}`;
  const cur = { y: drawLetterhead(doc, assets, text) };
  cur.y = drawTitle(doc, cur.y, title, [
    [text.t(openItemsOnly ? 'statements.pdf.asOf' : 'statements.pdf.period'), openItemsOnly ? text.date(to) : period],
    [text.t('documents.date'), text.date(statement.issued)],
    [text.t('documents.customerCode'), customer.code],
  ]);
  cur.y = drawCustomerBlock(doc, cur.y, customer, text);

  const headers = [
    text.t('statements.pdf.col.date'),
    text.t('statements.pdf.col.document'),
    text.t('statements.pdf.col.description'),
    text.t('statements.pdf.col.due'),
    text.t(openItemsOnly ? 'statements.pdf.col.amount' : 'statements.pdf.col.debit'),
    text.t(openItemsOnly ? 'statements.pdf.col.open' : 'statements.pdf.col.credit'),
    text.t('statements.pdf.col.balance'),
  ];
  let tableCurrency: Currency | null = null;
  const drawHeader = () => {
    if (tableCurrency) headers[6] = `${text.t('statements.pdf.col.balance')} (${text.symbol(tableCurrency)})`;
    drawRow(doc, cur.y, headers, { font: 'bold', band: COLORS.band });
    cur.y += ROW + 2;
  };
  /** Room for `height` more points, else a new page with a short heading and, inside a table, its header again. */
  const ensure = (height: number) => {
    if (cur.y + height <= CONTENT_BOTTOM) return;
    doc.addPage();
    cur.y = PAGE.margin;
    cell(
      doc,
      `${title} · ${customer.code} ${customer.title} · ${openItemsOnly ? text.date(to) : period}`,
      PAGE.margin,
      cur.y,
      CONTENT_WIDTH,
      {
        size: 8,
        color: COLORS.muted,
      },
    );
    cur.y += 16;
    if (tableCurrency) drawHeader();
  };

  if (statement.sections.length === 0) {
    cell(doc, text.t('statements.pdf.noMovements'), PAGE.margin, cur.y, CONTENT_WIDTH, { color: COLORS.muted });
    cur.y += ROW * 2;
  }
  for (const section of statement.sections) {
    ensure(ROW * 6);
    tableCurrency = null;
    cell(
      doc,
      text.t('statements.pdf.currencySection', { currency: section.currency, symbol: text.symbol(section.currency) }),
      PAGE.margin,
      cur.y,
      CONTENT_WIDTH,
      {
        font: 'bold',
        size: 10,
        color: COLORS.accent,
      },
    );
    cur.y += 16;
    tableCurrency = section.currency;
    drawHeader();
    if (!openItemsOnly) {
      drawSummaryRow(doc, cur.y, text.date(from), text.t('statements.pdf.opening'), ['', '', text.amount(section.opening)]);
      cur.y += ROW;
    }
    for (const line of section.lines) {
      ensure(ROW);
      drawRow(
        doc,
        cur.y,
        [
          text.date(line.date),
          line.reference,
          describe(line, to, text),
          line.dueDate ? text.date(line.dueDate) : '',
          line.debit ? text.amount(line.debit) : '',
          openItemsOnly ? text.amount(line.openAmount ?? 0) : line.credit ? text.amount(line.credit) : '',
          text.amount(line.balance),
        ],
        line.overdue ? { color: COLORS.overdue, band: COLORS.overdueBand } : {},
      );
      cur.y += ROW;
    }
    // Totals, closing balance and the aging summary stay on one page with at least the table's header.
    ensure(ROW * 8 + 10);
    rule(doc, cur.y - 2);
    if (!openItemsOnly) {
      drawSummaryRow(doc, cur.y + 1, '', text.t('statements.pdf.periodTotals'), [
        text.amount(section.totalDebit),
        text.amount(section.totalCredit),
        '',
      ]);
      cur.y += ROW + 1;
    }
    const closingLabel = text.t(openItemsOnly ? 'statements.pdf.openTotal' : 'statements.pdf.closing', { date: text.date(to) });
    drawSummaryRow(doc, cur.y + 1, '', closingLabel, ['', '', text.money(section.closing, section.currency)], COLORS.band);
    cur.y += ROW + 2;
    const side =
      section.closing > 0 ? 'statements.pdf.side.debit' : section.closing < 0 ? 'statements.pdf.side.credit' : 'statements.pdf.side.zero';
    cell(doc, text.t(side), PAGE.margin + PAD, cur.y, CONTENT_WIDTH - 2 * PAD, {
      size: 7.5,
      color: COLORS.muted,
      align: 'right',
    });
    cur.y += ROW;
    tableCurrency = null;
    drawAging(doc, cur, section, to, text, ensure);
  }
  if (statement.sections.some((s) => s.lines.some((l) => l.overdue))) {
    ensure(ROW);
    cell(doc, text.t('statements.pdf.overdueLegend'), PAGE.margin, cur.y, CONTENT_WIDTH, { size: 7.5, color: COLORS.overdue });
    cur.y += ROW;
  }
  drawClosingNotes(doc, cur, assets, text, ensure);
}

type Cursor = { y: number };

function drawAging(
  doc: Pdf,
  cur: Cursor,
  section: StatementSection,
  to: string,
  text: DocumentText,
  ensure: (h: number) => void,
): void {
  cur.y += 4;
  const labels = [
    text.t('statements.pdf.aging.notDue'),
    text.t('statements.pdf.aging.range', { from: 1, to: 30 }),
    text.t('statements.pdf.aging.range', { from: 31, to: 60 }),
    text.t('statements.pdf.aging.range', { from: 61, to: 90 }),
    text.t('statements.pdf.aging.over', { days: 90 }),
    text.t('statements.pdf.aging.credit'),
  ];
  const values = [...section.aging.buckets, -section.aging.credit];
  ensure(ROW * 3 + 6);
  let y = cur.y;
  cell(doc, text.t('statements.pdf.aging.title', { date: text.date(to) }), PAGE.margin, y, CONTENT_WIDTH, { font: 'bold', size: 8.5 });
  y += ROW;
  const width = CONTENT_WIDTH / labels.length;
  doc.rect(PAGE.margin, y - 3, CONTENT_WIDTH, ROW * 2 + 2).fill(COLORS.band);
  labels.forEach((label, i) => {
    const overdue = i >= 1 && i <= 4 && values[i]! > 0;
    const x = PAGE.margin + i * width;
    cell(doc, label, x + PAD, y, width - 2 * PAD, { size: 7.5, color: COLORS.muted, align: 'right' });
    cell(doc, text.amount(values[i]!), x + PAD, y + ROW, width - 2 * PAD, {
      font: 'bold',
      align: 'right',
      color: overdue ? COLORS.overdue : COLORS.text,
    });
  });
  cur.y = y + ROW * 2 + 14;
}

const SIGNATURE_WIDTH = 190;

/**
 * Payment instructions with the company's IBANs and the statement note on the left, the signature block on
 * the right, kept together on one page (the block is measured before anything is drawn).
 */
function drawClosingNotes(doc: Pdf, cur: Cursor, assets: DocumentAssets, text: DocumentText, ensure: (h: number) => void): void {
  const { company } = assets;
  const leftWidth = CONTENT_WIDTH - SIGNATURE_WIDTH - 20;
  doc.font('regular').fontSize(8.5);
  const noteHeight = company.statementNote ? doc.heightOfString(company.statementNote, { width: leftWidth }) + 6 : 0;
  const banksHeight = company.bankAccounts.length > 0 ? ROW * (company.bankAccounts.length + 1) + 4 : 0;
  ensure(6 + Math.max(banksHeight + noteHeight, SIGNATURE_HEIGHT) + 4);
  cur.y += 6;
  const top = cur.y;
  if (company.bankAccounts.length > 0) {
    cell(doc, text.t('documents.paymentInstructions'), PAGE.margin, cur.y, leftWidth, {
      font: 'bold',
      size: 8.5,
      color: COLORS.accent,
    });
    cur.y += ROW;
    for (const account of company.bankAccounts) {
      const bank = [account.bank, account.branch].filter(Boolean).join(' / ');
      cell(doc, bank, PAGE.margin, cur.y, 120);
      cell(doc, formatIban(account.iban), PAGE.margin + 124, cur.y, 160, { font: 'bold' });
      cell(doc, account.currency, PAGE.margin + 288, cur.y, leftWidth - 288);
      cur.y += ROW;
    }
    cur.y += 4;
  }
  if (company.statementNote) {
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(COLORS.text)
      .text(company.statementNote, PAGE.margin, cur.y, { width: leftWidth });
    cur.y = doc.y + 6;
  }
  const signer = { name: company.title || text.t('documents.noCompany'), signer: company.signatureText };
  const x = PAGE.margin + CONTENT_WIDTH - SIGNATURE_WIDTH;
  cur.y = Math.max(cur.y, drawSignatureBlock(doc, x, top, SIGNATURE_WIDTH, signer, text));
}
