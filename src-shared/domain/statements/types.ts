/** A document made in memory, for the app's preview (and download in browser mode). */
export interface RenderedDocument {
  fileName: string;
  pdfBase64: string;
  pages: number;
}

/** Where an export went: a path on this computer, or nothing when the user cancelled the dialog. */
export type ExportResult = { status: 'written'; path: string; pages: number } | { status: 'cancelled' };

export interface BatchFailure {
  customerId: number;
  code: string;
  title: string;
  reason: string;
}

export interface BatchResult {
  /** 'cancelled' when the user stopped it (nothing of the unfinished file is left) or closed the folder dialog. */
  status: 'done' | 'cancelled';
  /** The folder (files layout) or the single combined file. */
  path: string | null;
  total: number;
  written: { customerId: number; code: string; file: string }[];
  failed: BatchFailure[];
  /** Customers matching the filter that were not reached because of a cancel. */
  skipped: number;
}

export interface BatchPreview {
  total: number;
}
