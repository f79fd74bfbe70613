import type { Language } from '../../../src-shared/i18n/language';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { DocumentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import { drawDunningLetter } from '../../documents/dunning-letter-pdf';
import type { DocumentCustomer } from '../../documents/letterhead';
import { currentPage, newPdf, pdfBytes, stampFooters } from '../../documents/pdf-page';
import type { Db } from '../../store/schema';
import { documentFileName, renderCustomerDocument, type ResolvedOptions } from '../statements/statement-documents';

export interface RenderedFile {
  fileName: string;
  bytes: Buffer;
}

/** The customer's open-items statement as of the run day, to attach to a reminder email. */
export async function statementAttachment(
  db: Db,
  customer: DocumentCustomer,
  today: string,
  language: Language,
  assets: DocumentAssets,
  now: Date,
): Promise<RenderedFile> {
  const options: ResolvedOptions = {
    kind: 'statement',
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    openItemsOnly: true,
    language,
    today,
  };
  const { bytes } = await renderCustomerDocument(db, customer, options, assets, now);
  return { fileName: documentFileName(customer, options), bytes };
}

/** A dunning letter PDF: `<code>-<title>-<heading>-<date>.pdf`. */
export async function dunningLetterFile(
  customer: DocumentCustomer,
  letter: { date: string; title: string; body: string },
  language: Language,
  assets: DocumentAssets,
  now: Date,
): Promise<RenderedFile> {
  const text = documentText(language, now);
  const doc = newPdf(assets, `${letter.title} — ${customer.title}`);
  const first = currentPage(doc);
  drawDunningLetter(doc, { customer, ...letter }, assets, text);
  stampFooters(doc, text, text.t('documents.generated', { at: text.generatedAt, company: assets.company.title }), first);
  const fileName = `${[
    safeFileNamePart(customer.code, 32),
    safeFileNamePart(customer.title),
    safeFileNamePart(letter.title),
    letter.date,
  ]
    .filter(Boolean)
    .join('-')}.pdf`;
  return { fileName, bytes: await pdfBytes(doc) };
}
