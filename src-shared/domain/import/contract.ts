import { action, query } from '../../contract/method';
import { importCancelInput, importEfaturaInput, importInspectInput, importSheetInput, importUploadInput } from './schemas';
import type { EfaturaResult, InspectResult, SheetCommitResult, SheetReport } from './types';

export const importContract = {
  'imports/upload': action<{ uploadId: string; size: number }>()(
    importUploadInput,
    'Store a file (or the next chunk of one) for import; the app windows send files this way',
    { outside: ['files'], detail: "Writes the uploaded bytes under the data folder's imports/.", storeWrites: false },
  ),
  'imports/inspect': query<InspectResult>()(
    importInspectInput,
    'Read a CSV/XLSX file: headers, first rows, the remembered or guessed column mapping',
  ),
  'imports/validate': query<SheetReport>()(
    importSheetInput,
    'Check every row of a spreadsheet import and report the problems; writes nothing',
  ),
  'imports/commit': action<SheetCommitResult>()(
    importSheetInput,
    'Import the valid rows of a spreadsheet in one transaction (backup first); duplicates skipped or updated',
    {
      outside: ['backups'],
      detail:
        'Takes an online backup of the company first, then writes the rows, the remembered column layout and an audit row in one transaction.',
      storeWrites: true,
    },
  ),
  'imports/efatura': action<EfaturaResult>()(
    importEfaturaInput,
    'Import e-Fatura / e-Arşiv UBL-TR XML files (a file, a folder or a ZIP); backup first',
    {
      outside: ['backups'],
      detail:
        'Takes an online backup of the company first, then writes the documents (each under its savepoint) and an audit row in one transaction.',
      storeWrites: true,
    },
  ),
  'imports/cancel': action<{ cancelled: boolean }>()(importCancelInput, 'Cancel a running import; it commits nothing', {
    outside: ['jobs'],
    detail: 'Asks a running import of this process to stop; the import rolls back to its savepoint.',
    storeWrites: false,
  }),
};
