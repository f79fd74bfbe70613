import type { DomainHandlers } from '../../core/registry';
import { readCompanyProfile, writeCompanyProfile } from './company-repo';

export const companyHandlers: DomainHandlers<'company'> = {
  'company/get': (_args, { db }) => readCompanyProfile(db),
  'company/update': async (profile, { db, emit, now }) => {
    await writeCompanyProfile(db, profile, now());
    emit({ type: 'company/changed' });
    return readCompanyProfile(db);
  },
};
