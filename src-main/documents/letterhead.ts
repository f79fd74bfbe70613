import type { DocumentAssets } from './document-assets';
import type { DocumentText } from './document-format';
import { cell, COLORS, CONTENT_WIDTH, contentWidth, PAGE, rule, type Pdf } from './pdf-page';

/** The customer as a document addresses them. */
export interface DocumentCustomer {
  id: number;
  code: string;
  title: string;
  kind: 'company' | 'person';
  taxId: string;
  taxOffice: string;
  address: string;
  city: string;
}

const LOGO_BOX = { width: 150, height: 56 };

/**
 * The company block at the top of the first page: logo on the left, name and contact details on the
 * right. Returns the y below it.
 */
export function drawLetterhead(doc: Pdf, assets: DocumentAssets, text: DocumentText): number {
  const { company, logo } = assets;
  const top = PAGE.margin;
  if (logo) doc.image(logo, PAGE.margin, top, { fit: [LOGO_BOX.width, LOGO_BOX.height] });
  const x = PAGE.margin + LOGO_BOX.width + 20;
  const width = contentWidth(doc) - LOGO_BOX.width - 20;
  const lines = [
    company.address,
    [
      company.taxOffice && text.t('documents.taxOffice', { office: company.taxOffice }),
      company.taxId && text.t('documents.taxId', { id: company.taxId }),
    ]
      .filter(Boolean)
      .join(' · '),
    [company.phone, company.email, company.website].filter(Boolean).join(' · '),
  ].filter(Boolean);
  let y = top;
  cell(doc, company.title || text.t('documents.noCompany'), x, y, width, {
    font: 'bold',
    size: 12,
    align: 'right',
    color: COLORS.accent,
  });
  y += 17;
  doc.font('regular').fontSize(8).fillColor(COLORS.muted);
  for (const line of lines) {
    doc.text(line, x, y, { width, align: 'right' });
    y = doc.y + 1;
  }
  const bottom = Math.max(y, top + (logo ? LOGO_BOX.height : 0)) + 8;
  rule(doc, bottom, COLORS.accent);
  return bottom + 12;
}

/** The title of the document on the left and its facts (date, period, code) on the right. */
export function drawTitle(doc: Pdf, y: number, title: string, facts: [string, string][]): number {
  const width = contentWidth(doc);
  cell(doc, title, PAGE.margin, y, width / 2, { font: 'bold', size: 15, color: COLORS.accent });
  let factY = y;
  for (const [label, value] of facts) {
    cell(doc, label, PAGE.margin + width - 230, factY, 110, { size: 8, color: COLORS.muted, align: 'right' });
    cell(doc, value, PAGE.margin + width - 115, factY, 115, { size: 8.5, font: 'bold', align: 'right' });
    factY += 12;
  }
  return Math.max(y + 24, factY + 4);
}

/** "Sayın …": the customer's title, tax id and office, address; in a light box. Returns the y below it. */
export function drawCustomerBlock(doc: Pdf, y: number, customer: DocumentCustomer, text: DocumentText): number {
  const x = PAGE.margin + 10;
  const width = CONTENT_WIDTH * 0.62;
  const taxLabel = customer.kind === 'person' || customer.taxId.length === 11 ? 'documents.tckn' : 'documents.vkn';
  const lines = [
    customer.taxId &&
      `${text.t(taxLabel)}: ${customer.taxId}${customer.taxOffice ? ` · ${text.t('documents.taxOffice', { office: customer.taxOffice })}` : ''}`,
    [customer.address, customer.city].filter(Boolean).join(', '),
    `${text.t('documents.customerCode')}: ${customer.code}`,
  ].filter(Boolean);
  doc.font('regular').fontSize(8.5);
  const bodyHeight = lines.reduce((h, line) => h + doc.heightOfString(line, { width }) + 1, 0);
  const height = 10 + 14 + bodyHeight + 8;
  doc.rect(PAGE.margin, y, CONTENT_WIDTH * 0.66, height).fill(COLORS.band);
  cell(doc, customer.title, x, y + 8, width, { font: 'bold', size: 10 });
  let lineY = y + 24;
  doc.font('regular').fontSize(8.5).fillColor(COLORS.text);
  for (const line of lines) {
    doc.text(line, x, lineY, { width });
    lineY = doc.y + 1;
  }
  return y + height + 14;
}
