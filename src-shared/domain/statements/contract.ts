import { z } from 'zod';
import { query } from '../../contract/method';
import { batchFilterSchema, jobIdSchema, statementBatchInput, statementExportInput, statementRenderInput } from './schemas';
import type { BatchPreview, BatchResult, ExportResult, RenderedDocument } from './types';

// Exports write files, not the database: they run outside a transaction, as queries.
export const statementsContract = {
  'statements/render': query<RenderedDocument>()(
    statementRenderInput,
    'Make an account statement or reconciliation letter PDF for one customer (base64, for a preview)',
  ),
  'statements/export': query<ExportResult>()(
    statementExportInput,
    'Save a statement or reconciliation letter of one customer as a PDF file (output: CLI only)',
  ),
  'statements/exportBatch': query<BatchResult>()(
    statementBatchInput,
    'Statements or letters for every customer matching a filter: one file each in a folder, or one combined PDF',
  ),
  'statements/count': query<BatchPreview>()(
    z.object({ filter: batchFilterSchema }).strict(),
    'How many customers a batch filter matches',
  ),
  'statements/cancel': query<{ cancelled: boolean }>()(
    z.object({ jobId: jobIdSchema }).strict(),
    'Stop a running batch export; nothing half-written is left',
  ),
};
