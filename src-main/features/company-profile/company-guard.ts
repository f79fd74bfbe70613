import type { CompanyProfile } from '../../../src-shared/domain/company-profile/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { fieldError } from '../../core/errors';
import type { Db } from '../../store/schema';
import { readCompanyProfile } from './company-repo';

/** The i18n key of the refusal: the renderer recognises it and links to the company settings. */
export const COMPANY_REQUIRED_KEY = 'company.required';

/**
 * The profile, when the company has a name. Documents and e-mails are signed with it, so a PDF or an e-mail
 * is refused until it is set (never signed with the product's name instead): a typed conflict, not "internal".
 */
export async function requireCompanyProfile(db: Db, language: Language): Promise<CompanyProfile> {
  const company = await readCompanyProfile(db);
  if (company.title.trim() === '') throw fieldError(language, 'conflict', ['company'], COMPANY_REQUIRED_KEY);
  return company;
}
