import path from 'node:path';
import type { RunMode } from '../../src-shared/domain/system/contract';
import type { ExportResult, RenderedDocument } from '../../src-shared/domain/statements/types';
import type { Language } from '../../src-shared/i18n/language';
import type { HandlerContext } from '../core/context';
import { fieldError } from '../core/errors';
import { writeFileAtomic } from './atomic-write';
import type { DocumentAssets } from './document-assets';
import { documentText, type DocumentText } from './document-format';
import { newPdf, pdfBytes, stampFooters, type Pdf } from './pdf-page';
import type { DocumentHost } from './document-host';

export interface PdfFile {
  bytes: Buffer;
  pages: number;
}

/** One document as PDF bytes: drawn from its first page, its footers stamped "made on … for <company>". */
export async function renderPdf(
  assets: DocumentAssets,
  language: Language,
  now: Date,
  title: (text: DocumentText) => string,
  draw: (doc: Pdf, text: DocumentText) => void,
): Promise<PdfFile> {
  const text = documentText(language, now);
  const doc = newPdf(assets, title(text));
  draw(doc, text);
  stampFooters(doc, text, text.t('documents.generated', { at: text.generatedAt, company: assets.company.title || 'Vade' }), 0);
  const pages = doc.bufferedPageRange().count;
  return { bytes: await pdfBytes(doc), pages };
}

/** A path from the caller is taken from the command line only; the app's windows ask the host. */
export async function callerOutputPath(
  mode: RunMode,
  output: string | undefined,
  ctx: HandlerContext,
): Promise<string | undefined> {
  if (output === undefined) return undefined;
  if (mode !== 'cli') throw fieldError(await ctx.language(), 'validation', ['output'], 'validation.outputCliOnly');
  return path.resolve(output);
}

export const renderedDocument = (fileName: string, file: PdfFile): RenderedDocument => ({
  fileName,
  pdfBase64: file.bytes.toString('base64'),
  pages: file.pages,
});

/**
 * Saves one document: to `output` (CLI), else where the host says (the save dialog, or the exports folder).
 * The document is made only once there is somewhere to put it, and written under a temporary name.
 */
export async function exportDocument(
  deps: { host: DocumentHost; mode: RunMode },
  ctx: HandlerContext,
  output: string | undefined,
  fileName: string,
  render: () => Promise<PdfFile>,
): Promise<ExportResult> {
  const explicit = await callerOutputPath(deps.mode, output, ctx);
  const target = explicit ?? (await deps.host.saveFile(fileName));
  if (!target) return { status: 'cancelled' };
  const { bytes, pages } = await render();
  await writeFileAtomic(target, bytes);
  if (!explicit) deps.host.reveal(target);
  return { status: 'written', path: target, pages };
}
