export interface CompanyFile {
  /** The file's stem in the data folder's companies/ (`default`, `deniz-gida`). */
  id: string;
  /** The name the user gave; null for the first company before it is named. */
  name: string | null;
  current: boolean;
  size: number;
  lastOpenedAt: string | null;
}

/** What a copy of a whole company between stores did: both ends, and the figures checked equal at both. */
export interface CompanyCopyReport {
  from: { kind: 'sqlite' | 'postgres'; label: string };
  to: { kind: 'sqlite' | 'postgres'; label: string };
  /** Rows per table, parents first. */
  rows: Record<string, number>;
  /** Money per `table.column` and currency, in minor units. */
  money: Record<string, Record<string, number>>;
  totalRows: number;
  milliseconds: number;
}
