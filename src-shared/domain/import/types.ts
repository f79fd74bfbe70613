import type { MessageKey, MessageParams } from '../../i18n/translate';
import type { ColumnMapping } from './schemas';
import type { SheetKind } from './fields';

export interface InspectResult {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** CSV only: how the bytes were read and which separator splits the columns. */
  encoding: 'utf-8' | 'windows-1254' | null;
  delimiter: ';' | ',' | '\t' | null;
  headers: string[];
  /** The first rows as text, for the preview. */
  sample: string[][];
  /** The kind the headers look like. */
  guessedKind: SheetKind;
  /** The mapping for the asked (or guessed) kind: the one remembered for this layout, else guessed from the headers. */
  mapping: ColumnMapping;
  remembered: boolean;
  layoutHash: string;
}

/** One refused value: the file's row number (the header is row 1), the column header and why. */
export interface RowIssue {
  row: number;
  column: string;
  key: MessageKey;
  params?: MessageParams;
  message: string;
}

export interface SheetReport {
  kind: SheetKind;
  totalRows: number;
  /** Rows that would be written (new ones and, with "update", changed ones). */
  validRows: number;
  invalidRows: number;
  /** Rows whose code or number exists already (skipped or updated as chosen). */
  duplicateRows: number;
  /** The first issues (at most `ISSUE_LIMIT`); `issueCount` tells how many there are. */
  issues: RowIssue[];
  issueCount: number;
}

export interface SheetCommitResult extends SheetReport {
  status: 'imported' | 'cancelled';
  created: number;
  updated: number;
  skipped: number;
  backupFile: string | null;
}

export interface EfaturaFileResult {
  file: string;
  status: 'imported' | 'skipped' | 'error';
  kind: 'invoice' | 'credit_note' | null;
  number: string | null;
  ettn: string | null;
  customerTitle: string | null;
  customerCreated: boolean;
  message: string;
}

export interface EfaturaResult {
  /** 'nothing_imported': the run ended but no document was imported (every file skipped or refused; see `files`). */
  status: 'imported' | 'nothing_imported' | 'cancelled';
  files: EfaturaFileResult[];
  imported: number;
  skipped: number;
  failed: number;
  backupFile: string | null;
}

export const ISSUE_LIMIT = 1000;
