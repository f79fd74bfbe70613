import { todayLocal } from '../../../src-shared/dates/business-date';
import type { Handler } from '../../core/registry';
import { documentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import { newPdf, pdfBytes, stampFooters } from '../../documents/pdf-page';
import { drawReportTables } from '../../documents/report-table-pdf';
import { readCompanyProfile } from '../company/company-repo';
import { readSettings } from '../settings/settings-repo';

/**
 * A report table the screen shows, as a PDF in the app's language with the company's letterhead. The
 * renderer sends the very table it exports to CSV and Excel and saves the bytes like those files.
 */
export const reportPdfHandler: Handler<'reports/pdf'> = async (report, ctx) => {
  const now = ctx.now();
  const settings = await readSettings(ctx.db);
  const assets = documentAssets(await readCompanyProfile(ctx.db));
  const text = documentText(settings.language, now);
  const doc = newPdf(assets, report.title);
  drawReportTables(doc, report, assets, text, todayLocal(now));
  stampFooters(doc, text, text.t('document.generated', { at: text.generatedAt, company: assets.company.title || 'Vade' }), 0);
  const pages = doc.bufferedPageRange().count;
  const bytes = await pdfBytes(doc);
  return { fileName: `${report.fileName}.pdf`, pdfBase64: bytes.toString('base64'), pages };
};
