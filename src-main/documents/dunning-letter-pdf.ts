import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { drawCustomerBlock, drawLetterhead, drawTitle, type DocumentCustomer } from './letterhead';
import { cell, CONTENT_BOTTOM, CONTENT_WIDTH, PAGE, type Pdf } from './pdf-page';
import { paragraph } from './reconciliation-pdf';

export interface DunningLetter {
  customer: DocumentCustomer;
  date: string;
  /** The letter's heading (the template's subject: "Son ihtar"). */
  title: string;
  /** The rendered template: paragraphs separated by blank lines, item lines starting with "•". */
  body: string;
}

/**
 * A dunning letter (ihtar) on the letterhead: the customer block, the rendered template's paragraphs and the
 * company's signature. Long letters flow onto further pages.
 */
export function drawDunningLetter(doc: Pdf, letter: DunningLetter, assets: DocumentAssets, text: DocumentText): void {
  const { company } = assets;
  let y = drawLetterhead(doc, assets, text);
  y = drawTitle(doc, y, letter.title, [
    [text.t('documents.date'), text.date(letter.date)],
    [text.t('documents.customerCode'), letter.customer.code],
  ]);
  y = drawCustomerBlock(doc, y, letter.customer, text);
  for (const block of letter.body.split(/\n\s*\n/)) {
    if (y > CONTENT_BOTTOM - 40) {
      doc.addPage();
      y = PAGE.margin;
    }
    y = paragraph(doc, y, block.trim());
  }
  if (y > CONTENT_BOTTOM - 50) {
    doc.addPage();
    y = PAGE.margin;
  }
  cell(doc, company.title || text.t('documents.noCompany'), PAGE.margin + CONTENT_WIDTH - 240, y + 10, 240, {
    font: 'bold',
    align: 'center',
  });
  if (company.signatureText)
    cell(doc, company.signatureText, PAGE.margin + CONTENT_WIDTH - 240, y + 24, 240, { align: 'center' });
}
