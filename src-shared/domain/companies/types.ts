export interface CompanyFile {
  /** The file's stem in the data folder's companies/ (`default`, `deniz-gida`). */
  id: string;
  /** The name the user gave; null for the first company before it is named. */
  name: string | null;
  current: boolean;
  size: number;
  lastOpenedAt: string | null;
}
