/** A remembered column mapping per spreadsheet layout and kind (migration 0014). */
export interface ImportLayoutsTable {
  layout_hash: string;
  kind: string;
  /** JSON object: field → column index. */
  mapping: string;
  updated_at: string;
}
