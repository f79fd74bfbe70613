import type { BankAccount, CompanyProfile, CompanyProfileInput } from '../../../src-shared/domain/company-profile/schemas';

/** The form edits exactly what the backend takes; the logo travels as base64. */
export type CompanyFormValues = Omit<Required<CompanyProfileInput>, 'bankAccounts'> & { bankAccounts: BankAccount[] };

export const emptyBankAccount = (): BankAccount => ({ bank: '', branch: '', iban: '', currency: 'TRY' });

export const companyFormValues = (profile: CompanyProfile): CompanyFormValues => ({
  title: profile.title,
  taxId: profile.taxId,
  taxOffice: profile.taxOffice,
  address: profile.address,
  phone: profile.phone,
  email: profile.email,
  website: profile.website,
  logo: profile.logo ? { dataBase64: profile.logo.dataBase64 } : null,
  bankAccounts: profile.bankAccounts.map((account) => ({ ...account })),
  signatureText: profile.signatureText,
  statementNote: profile.statementNote,
  reconciliationText: profile.reconciliationText,
});
