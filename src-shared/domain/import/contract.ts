import { mutation, query } from '../../contract/method';
import { importCancelInput, importEfaturaInput, importInspectInput, importSheetInput, importUploadInput } from './schemas';
import type { EfaturaResult, InspectResult, SheetCommitResult, SheetReport } from './types';

export const importContract = {
  'import/upload': query<{ uploadId: string; size: number }>()(
    importUploadInput,
    'Store a file (or the next chunk of one) for import; the app windows send files this way',
  ),
  'import/inspect': query<InspectResult>()(
    importInspectInput,
    'Read a CSV/XLSX file: headers, first rows, the remembered or guessed column mapping',
  ),
  'import/validate': query<SheetReport>()(
    importSheetInput,
    'Check every row of a spreadsheet import and report the problems; writes nothing',
  ),
  'import/commit': mutation<SheetCommitResult>()(
    importSheetInput,
    'Import the valid rows of a spreadsheet in one transaction (backup first); duplicates skipped or updated',
  ),
  'import/efatura': mutation<EfaturaResult>()(
    importEfaturaInput,
    'Import e-Fatura / e-Arşiv UBL-TR XML files (a file, a folder or a ZIP); backup first',
  ),
  'import/cancel': query<{ cancelled: boolean }>()(importCancelInput, 'Cancel a running import; it commits nothing'),
};
