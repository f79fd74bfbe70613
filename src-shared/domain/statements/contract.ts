import { z } from 'zod';
import { action, query } from '../../contract/method';
import { batchFilterSchema, jobIdSchema, statementBatchInput, statementExportInput, statementRenderInput } from './schemas';
import type { BatchPreview, BatchResult, ExportResult, RenderedDocument } from './types';

// Exports write files, not the database: they run outside a transaction, as queries.
export const statementsContract = {
  'statements/render': query<RenderedDocument>()(
    statementRenderInput,
    'Make an account statement or reconciliation letter PDF for one customer (base64, for a preview)',
  ),
  'statements/export': action<ExportResult>()(
    statementExportInput,
    'Save a statement or reconciliation letter of one customer as a PDF file (output: CLI only)',
    { outside: ['files'], detail: 'Writes one PDF through the document host (or to `output` from the CLI).', storeWrites: false },
  ),
  'statements/export-batch': action<BatchResult>()(
    statementBatchInput,
    'Statements or letters for every customer matching a filter: one file each in a folder, or one combined PDF',
    {
      outside: ['files', 'jobs'],
      detail:
        'Writes one PDF per customer (or one combined PDF) through the document host as a cancellable job, publishing progress.',
      storeWrites: false,
      fresh: ['riskSegments'],
    },
  ),
  'statements/count': query<BatchPreview>()(
    z.object({ filter: batchFilterSchema }).strict(),
    'How many customers a batch filter matches',
    { fresh: ['riskSegments'] },
  ),
  'statements/cancel': action<{ cancelled: boolean }>()(
    z.object({ jobId: jobIdSchema }).strict(),
    'Stop a running batch export; nothing half-written is left',
    {
      outside: ['jobs'],
      detail: 'Stops a running batch export in this process; its partial files are removed.',
      storeWrites: false,
    },
  ),
};
