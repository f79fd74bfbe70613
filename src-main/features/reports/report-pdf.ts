import { todayLocal } from '../../../src-shared/dates/business-date';
import type { ReportPdfQuery } from '../../../src-shared/domain/reports/export-document';
import type { HandlerContext } from '../../core/context';
import type { Handler } from '../../core/registry';
import { writeFileAtomic } from '../../documents/atomic-write';
import { documentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import type { DocumentHost } from '../../documents/document-host';
import { newPdf, pdfBytes, stampFooters } from '../../documents/pdf-page';
import { drawReportTables, reportLayout } from '../../documents/report-table-pdf';
import { requireCompanyProfile } from '../company/company-guard';
import { readSettings } from '../settings/settings-repo';

/**
 * A report table the screen shows, as a PDF in the app's language with the company's letterhead: the very
 * table the renderer exports to CSV and Excel.
 */
async function renderReportPdf(report: ReportPdfQuery, ctx: HandlerContext) {
  const now = ctx.now();
  const settings = await readSettings(ctx.db);
  const assets = documentAssets(await requireCompanyProfile(ctx.db, settings.language));
  const text = documentText(settings.language, now);
  const doc = newPdf(assets, report.title, reportLayout(report));
  drawReportTables(doc, report, assets, text, todayLocal(now));
  stampFooters(doc, text, text.t('documents.generated', { at: text.generatedAt, company: assets.company.title }), 0);
  const pages = doc.bufferedPageRange().count;
  return { fileName: `${report.fileName}.pdf`, bytes: await pdfBytes(doc), pages };
}

/** The bytes, for browser mode (the page offers them as a download). */
export const reportPdfHandler: Handler<'reports/pdf'> = async (report, ctx) => {
  const { fileName, bytes, pages } = await renderReportPdf(report, ctx);
  return { fileName, pdfBase64: bytes.toString('base64'), pages };
};

/**
 * Saved where the document host says, as statements are: the desktop app's save dialog (null when the user
 * cancels), or the data folder's `exports/` in browser mode and the CLI.
 */
export const reportPdfExportHandler =
  (host: DocumentHost): Handler<'reports/exportPdf'> =>
  async (report, ctx) => {
    const target = await host.saveFile(`${report.fileName}.pdf`);
    if (!target) return { status: 'cancelled' };
    const { bytes, pages } = await renderReportPdf(report, ctx);
    await writeFileAtomic(target, bytes);
    host.reveal(target);
    return { status: 'written', path: target, pages };
  };
