/** The one company profile row (id = 1): its fields as JSON, the logo as bytes. */
export interface CompanyProfileTable {
  id: number;
  /** JSON of the profile without the logo. */
  profile: string;
  logo: Uint8Array | null;
  updated_at: string;
}
