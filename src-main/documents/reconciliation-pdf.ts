import type { Currency } from '../../src-shared/money/currency';
import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { drawCustomerBlock, drawLetterhead, drawTitle, type DocumentCustomer } from './letterhead';
import { cell, COLORS, CONTENT_WIDTH, PAGE, rule, type Pdf } from './pdf-page';

export interface ReconciliationDocument {
  customer: DocumentCustomer;
  asOf: string;
  balances: { currency: Currency; balance: number }[];
}

const sideKey = (balance: number) =>
  balance > 0 ? 'reconciliation.side.debit' : balance < 0 ? 'reconciliation.side.credit' : 'reconciliation.side.zero';

export function paragraph(doc: Pdf, y: number, body: string, options: { size?: number; font?: 'regular' | 'bold' } = {}): number {
  doc
    .font(options.font ?? 'regular')
    .fontSize(options.size ?? 9.5)
    .fillColor(COLORS.text)
    .text(body, PAGE.margin, y, { width: CONTENT_WIDTH, lineGap: 2 });
  return doc.y + 8;
}

function checkbox(doc: Pdf, x: number, y: number): void {
  doc.rect(x, y, 9, 9).lineWidth(0.8).strokeColor(COLORS.text).stroke();
}

/** A box to tick and its sentence beside it, wrapped in the width left; returns the y below it. */
function boxedSentence(doc: Pdf, y: number, sentence: string): number {
  checkbox(doc, PAGE.margin, y + 1);
  doc
    .font('bold')
    .fontSize(9.5)
    .fillColor(COLORS.text)
    .text(sentence, PAGE.margin + 16, y, { width: CONTENT_WIDTH - 16, lineGap: 2 });
  return doc.y + 10;
}

/**
 * "firmanıza 2.000,00 ₺ ve 50,00 € borçlu olduğumuz ve firmanızdan 10,00 $ alacaklı olduğumuz": the balances as the
 * customer states them, the amounts owed the same way in one phrase (not "firmanıza … borçlu olduğumuz" twice).
 */
export function customerSide(rows: { currency: Currency; balance: number }[], text: DocumentText): string {
  const and = text.t('reconciliation.reply.and');
  const amounts = (sign: 1 | -1) =>
    rows
      .filter((r) => Math.sign(r.balance) === sign)
      .map((r) => text.money(Math.abs(r.balance), r.currency))
      .join(and);
  const phrases = [
    ...(amounts(1) ? [text.t('reconciliation.reply.weOwe', { amount: amounts(1) })] : []),
    ...(amounts(-1) ? [text.t('reconciliation.reply.theyOwe', { amount: amounts(-1) })] : []),
  ];
  return phrases.length > 0 ? phrases.join(and) : text.t('reconciliation.reply.nothing');
}

/**
 * The balance confirmation letter (mutabakat mektubu) with its reply slip below a cut line. The
 * wording about TTK 94/1 (unanswered within a month = accepted) is the company's own text or the default.
 */
export function drawReconciliation(doc: Pdf, letter: ReconciliationDocument, assets: DocumentAssets, text: DocumentText): void {
  const { customer, asOf, balances } = letter;
  const { company } = assets;
  let y = drawLetterhead(doc, assets, text);
  y = drawTitle(doc, y, text.t('reconciliation.title'), [
    [text.t('reconciliation.asOf'), text.date(asOf)],
    [text.t('documents.customerCode'), customer.code],
  ]);
  y = drawCustomerBlock(doc, y, customer, text);
  y = paragraph(doc, y, text.t('reconciliation.salutation'));
  y = paragraph(doc, y, text.t('reconciliation.intro', { date: text.date(asOf) }));

  // Currencies settled to zero are left out, unless nothing is owed at all (then the letter says so).
  const owing = balances.filter((b) => b.balance !== 0);
  const rows = owing.length > 0 ? owing : [{ currency: balances[0]?.currency ?? ('TRY' as Currency), balance: 0 }];
  for (const { currency, balance } of rows) {
    doc.rect(PAGE.margin + 40, y - 3, CONTENT_WIDTH - 80, 18).fill(COLORS.band);
    cell(doc, text.money(Math.abs(balance), currency), PAGE.margin + 50, y + 1, 160, { font: 'bold', size: 11 });
    cell(doc, text.t(sideKey(balance)), PAGE.margin + 215, y + 2, CONTENT_WIDTH - 265, { size: 9, align: 'right' });
    y += 22;
  }
  y += 4;
  y = paragraph(doc, y, company.reconciliationText || text.t('reconciliation.ttk'));
  y = paragraph(doc, y, text.t('reconciliation.closing'));
  cell(doc, company.title, PAGE.margin + CONTENT_WIDTH - 240, y + 4, 240, { font: 'bold', align: 'center' });
  if (company.signatureText)
    cell(doc, company.signatureText, PAGE.margin + CONTENT_WIDTH - 240, y + 18, 240, { align: 'center' });
  y += 44;

  // The reply slip: cut off, filled in, signed and sent back by the customer.
  doc.save();
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.margin + CONTENT_WIDTH, y)
    .dash(4, { space: 3 })
    .lineWidth(0.6)
    .strokeColor(COLORS.muted)
    .stroke();
  doc.restore();
  cell(doc, text.t('reconciliation.cutHere'), PAGE.margin, y + 3, CONTENT_WIDTH, {
    size: 7,
    color: COLORS.muted,
    align: 'center',
  });
  y += 18;
  cell(doc, text.t('reconciliation.reply.title'), PAGE.margin, y, CONTENT_WIDTH, {
    font: 'bold',
    size: 12,
    color: COLORS.accent,
  });
  y += 18;
  y = paragraph(doc, y, text.t('reconciliation.reply.to', { company: company.title || text.t('documents.noCompany') }), {
    size: 9,
  });
  y = paragraph(
    doc,
    y,
    text.t('reconciliation.reply.subject', { code: customer.code, title: customer.title, date: text.date(asOf) }),
    { size: 9 },
  );
  // Each box is a whole sentence the customer signs, said from their side ("firmanıza … borçlu olduğumuz"):
  // a bookkeeper reads what they confirm without working out whose debit a "borç bakiyesi" is.
  y = boxedSentence(doc, y, text.t('reconciliation.reply.agree', { date: text.date(asOf), balances: customerSide(rows, text) }));
  y = boxedSentence(doc, y, text.t('reconciliation.reply.disagree', { date: text.date(asOf) }));
  cell(doc, text.t('reconciliation.reply.ourFigure'), PAGE.margin + 16, y, 120, { size: 9 });
  rule(doc, y + 10, COLORS.text, PAGE.margin + 140, 200);
  y += 20;
  let x = PAGE.margin + 140;
  for (const side of [text.t('reconciliation.reply.debitCredit'), text.t('reconciliation.reply.theyOweShort')]) {
    checkbox(doc, x, y);
    cell(doc, side, x + 14, y, 150, { size: 9 });
    x += 170;
  }
  y += 24;
  cell(doc, text.t('reconciliation.reply.note'), PAGE.margin + 16, y, 120, { size: 9 });
  rule(doc, y + 10, COLORS.text, PAGE.margin + 140, CONTENT_WIDTH - 140);
  y += 22;
  rule(doc, y + 10, COLORS.text, PAGE.margin + 16, CONTENT_WIDTH - 16);
  y += 40;
  const third = CONTENT_WIDTH / 3;
  for (const [i, key] of (
    ['reconciliation.reply.name', 'reconciliation.reply.date', 'reconciliation.reply.signature'] as const
  ).entries()) {
    const x = PAGE.margin + i * third;
    rule(doc, y, COLORS.text, x + 10, third - 20);
    cell(doc, text.t(key), x + 10, y + 4, third - 20, { size: 8, color: COLORS.muted, align: 'center' });
  }
}
