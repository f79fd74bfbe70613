import { todayLocal } from '../../../src-shared/dates/business-date';
import type { DocumentOptions } from '../../../src-shared/domain/statements/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { DocumentAssets } from '../../documents/document-assets';
import { documentText, type DocumentText } from '../../documents/document-format';
import type { DocumentCustomer } from '../../documents/letterhead';
import { currentPage, newPdf, pdfBytes, stampFooters, type Pdf } from '../../documents/pdf-page';
import { drawReconciliation } from '../../documents/reconciliation-pdf';
import { drawStatement } from '../../documents/statement-pdf';
import type { Db } from '../../store/schema';
import { balancesOn, statementSections } from './statement-ledger';

/** The options with their defaults filled in: this year so far, in the app's language. */
export interface ResolvedOptions {
  kind: DocumentOptions['kind'];
  from: string;
  to: string;
  openItemsOnly: boolean;
  language: Language;
  today: string;
}

export function resolveOptions(options: DocumentOptions, appLanguage: Language, now: Date): ResolvedOptions {
  const today = todayLocal(now);
  const to = options.to ?? today;
  return {
    kind: options.kind,
    to,
    from: options.from ?? `${to.slice(0, 4)}-01-01`,
    openItemsOnly: options.openItemsOnly,
    language: options.language ?? appLanguage,
    today,
  };
}

export async function documentCustomers(db: Db, ids: readonly number[]): Promise<DocumentCustomer[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'code', 'title', 'kind', 'tax_id', 'tax_office', 'address', 'city'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            id: r.id,
            code: r.code,
            title: r.title,
            kind: r.kind as DocumentCustomer['kind'],
            taxId: r.tax_id,
            taxOffice: r.tax_office,
            address: r.address,
            city: r.city,
          },
        ]
      : [];
  });
}

/** `<code>-<title>-<date>.pdf` in letters every file system accepts (a letter gets "-mutabakat"). */
export function documentFileName(customer: Pick<DocumentCustomer, 'code' | 'title'>, options: ResolvedOptions): string {
  const kind = options.kind === 'reconciliation' ? [options.language === 'tr' ? 'mutabakat' : 'reconciliation'] : [];
  return `${[safeFileNamePart(customer.code, 32), safeFileNamePart(customer.title), ...kind, options.to].filter(Boolean).join('-')}.pdf`;
}

/** What one document needs from the ledger, read before anything is drawn (a read that fails draws nothing). */
export type DocumentData =
  | { kind: 'statement'; sections: Awaited<ReturnType<typeof statementSections>> }
  | { kind: 'reconciliation'; balances: Awaited<ReturnType<typeof balancesOn>> };

export async function documentData(db: Db, customerId: number, options: ResolvedOptions): Promise<DocumentData> {
  if (options.kind === 'reconciliation')
    return { kind: 'reconciliation', balances: await balancesOn(db, customerId, options.to) };
  const sections = await statementSections(db, {
    customerId,
    from: options.from,
    to: options.to,
    today: options.today,
    openItemsOnly: options.openItemsOnly,
  });
  return { kind: 'statement', sections };
}

/** Draws one customer's document from the current page on and numbers its pages "1 / n". */
export function drawDocument(
  doc: Pdf,
  customer: DocumentCustomer,
  data: DocumentData,
  options: ResolvedOptions,
  assets: DocumentAssets,
  text: DocumentText,
): void {
  const first = currentPage(doc);
  if (data.kind === 'reconciliation') {
    drawReconciliation(doc, { customer, asOf: options.to, balances: data.balances }, assets, text);
  } else {
    drawStatement(
      doc,
      {
        customer,
        from: options.from,
        to: options.to,
        issued: options.today,
        openItemsOnly: options.openItemsOnly,
        sections: data.sections,
      },
      assets,
      text,
    );
  }
  stampFooters(doc, text, text.t('documents.generated', { at: text.generatedAt, company: assets.company.title }), first);
}

export function documentTitle(customer: DocumentCustomer, options: ResolvedOptions, text: DocumentText): string {
  const kind =
    options.kind === 'reconciliation'
      ? 'reconciliation.title'
      : options.openItemsOnly
        ? 'statements.pdf.openItemsTitle'
        : 'statements.pdf.title';
  return `${text.t(kind)} — ${customer.title}`;
}

/** One customer's document as PDF bytes. */
export async function renderCustomerDocument(
  db: Db,
  customer: DocumentCustomer,
  options: ResolvedOptions,
  assets: DocumentAssets,
  now: Date,
): Promise<{ bytes: Buffer; pages: number }> {
  const data = await documentData(db, customer.id, options);
  const text = documentText(options.language, now);
  const doc = newPdf(assets, documentTitle(customer, options, text));
  drawDocument(doc, customer, data, options, assets, text);
  const pages = doc.bufferedPageRange().count;
  return { bytes: await pdfBytes(doc), pages };
}
