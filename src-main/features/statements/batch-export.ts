import fs from 'node:fs';
import path from 'node:path';
import type { BatchFailure, BatchResult } from '../../../src-shared/domain/statements/types';
import { writeFileAtomic } from '../../documents/atomic-write';
import type { DocumentAssets } from '../../documents/document-assets';
import { documentText } from '../../documents/document-format';
import { freeName } from '../../documents/document-host';
import { newPdf, pdfBytes } from '../../documents/pdf-page';
import type { Db } from '../../store/schema';
import {
  documentCustomers,
  documentData,
  documentFileName,
  drawDocument,
  renderCustomerDocument,
  type ResolvedOptions,
} from './statement-documents';

export interface BatchJob {
  db: Db;
  customerIds: number[];
  options: ResolvedOptions;
  assets: DocumentAssets;
  now: Date;
  /** The folder (files) or the file (combined) to write. */
  target: string;
  layout: 'files' | 'combined';
  isCancelled(): boolean;
  progress(done: number, total: number): void;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads customers a page at a time so a batch of thousands keeps little in memory. */
async function* customersOf(db: Db, ids: readonly number[]) {
  for (let i = 0; i < ids.length; i += 200) yield* await documentCustomers(db, ids.slice(i, i + 200));
}

/** Files being flushed to disk at once while the next documents are drawn. */
const WRITES_IN_FLIGHT = 8;

/**
 * One PDF per customer in the folder, each written whole under a temporary name and renamed. Documents
 * are drawn while earlier ones are still being flushed to disk.
 */
async function exportFiles(job: BatchJob, result: BatchResult): Promise<void> {
  let done = 0;
  const writing = new Set<Promise<void>>();
  const written: (BatchResult['written'][number] & { index: number })[] = [];
  const report = () => job.progress(++done, job.customerIds.length);
  let index = 0;
  for await (const customer of customersOf(job.db, job.customerIds)) {
    if (job.isCancelled()) break;
    const at = index++;
    let bytes: Buffer;
    try {
      bytes = (await renderCustomerDocument(job.db, customer, job.options, job.assets, job.now)).bytes;
    } catch (error) {
      result.failed.push(failure(customer, error));
      report();
      continue;
    }
    if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
    if (job.isCancelled()) break; // a document made while the cancel arrived is not written
    const file = freeName(job.target, documentFileName(customer, job.options));
    const write: Promise<void> = writeFileAtomic(file, bytes)
      .then(
        () => void written.push({ index: at, customerId: customer.id, code: customer.code, file: path.basename(file) }),
        (error: unknown) => void result.failed.push(failure(customer, error)),
      )
      .then(report)
      .finally(() => writing.delete(write));
    writing.add(write);
  }
  await Promise.all(writing);
  result.written = written.sort((a, b) => a.index - b.index).map(({ index: _index, ...entry }) => entry);
}

/** All customers in one PDF, each with its own page numbers; the file appears only when complete. */
async function exportCombined(job: BatchJob, result: BatchResult): Promise<void> {
  const text = documentText(job.options.language, job.now);
  const doc = newPdf(job.assets, text.t(job.options.kind === 'reconciliation' ? 'reconciliation.title' : 'statements.pdf.title'));
  let done = 0;
  let drawn = 0;
  for await (const customer of customersOf(job.db, job.customerIds)) {
    if (job.isCancelled()) break;
    try {
      const data = await documentData(job.db, customer.id, job.options);
      if (drawn > 0) doc.addPage();
      drawDocument(doc, customer, data, job.options, job.assets, text);
      drawn++;
      result.written.push({ customerId: customer.id, code: customer.code, file: path.basename(job.target) });
    } catch (error) {
      result.failed.push(failure(customer, error));
    }
    job.progress(++done, job.customerIds.length);
    // Let a cancel (and other calls) in between customers.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const bytes = await pdfBytes(doc);
  if (job.isCancelled() || drawn === 0) {
    result.written = [];
    return;
  }
  await writeFileAtomic(job.target, bytes);
}

function failure(customer: { id: number; code: string; title: string }, error: unknown): BatchFailure {
  return { customerId: customer.id, code: customer.code, title: customer.title, reason: reasonOf(error) };
}

export async function runBatch(job: BatchJob): Promise<BatchResult> {
  const result: BatchResult = {
    status: 'done',
    path: job.target,
    total: job.customerIds.length,
    written: [],
    failed: [],
    skipped: 0,
  };
  if (job.layout === 'combined') await exportCombined(job, result);
  else {
    await fs.promises.mkdir(job.target, { recursive: true });
    await exportFiles(job, result);
  }
  if (job.isCancelled()) {
    result.status = 'cancelled';
    if (job.layout === 'combined') result.path = null;
  }
  result.skipped = result.total - result.written.length - result.failed.length;
  return result;
}
