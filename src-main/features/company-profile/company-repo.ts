import { companyProfileInput, type CompanyProfile, type CompanyProfileUpdate } from '../../../src-shared/domain/company-profile/schemas';
import { imageInfo } from '../../../src-shared/validation/image';
import type { Db } from '../../store/schema';
import { safeJson } from '../settings/settings-repo';

const EMPTY: Omit<CompanyProfile, 'logo' | 'configured'> = {
  title: '',
  taxId: '',
  taxOffice: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  bankAccounts: [],
  signatureText: '',
  statementNote: '',
  reconciliationText: '',
};

/** The profile as stored; an unsaved or unreadable profile reads as empty (and not configured). */
export async function readCompanyProfile(db: Db): Promise<CompanyProfile> {
  const row = await db.selectFrom('company_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return { ...EMPTY, logo: null, configured: false };
  const parsed = companyProfileInput.omit({ logo: true }).safeParse(safeJson(row.profile));
  const fields = parsed.success ? parsed.data : EMPTY;
  const bytes = row.logo ? Buffer.from(row.logo) : null;
  const info = bytes && imageInfo(bytes);
  return {
    ...fields,
    logo:
      bytes && info
        ? {
            dataBase64: bytes.toString('base64'),
            mimeType: info.type === 'png' ? 'image/png' : 'image/jpeg',
            width: info.width,
            height: info.height,
          }
        : null,
    configured: parsed.success,
  };
}

export async function writeCompanyProfile(db: Db, profile: CompanyProfileUpdate, now: Date): Promise<void> {
  const { logo, ...fields } = profile;
  const row = {
    id: 1,
    profile: JSON.stringify(fields),
    logo: logo ? Buffer.from(logo.dataBase64, 'base64') : null,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto('company_profile')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ profile: row.profile, logo: row.logo, updated_at: row.updated_at }))
    .execute();
}
