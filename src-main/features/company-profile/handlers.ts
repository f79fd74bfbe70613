import type { CompanyProfile } from '../../../src-shared/domain/company-profile/schemas';
import { recordAudit, SINGLETON_ID } from '../audit/audit-log';
import type { DomainHandlers } from '../../core/registry';
import { readCompanyProfile, writeCompanyProfile } from './company-repo';

export const companyHandlers: DomainHandlers<'company-profile'> = {
  'company-profile/get': (_args, { db }) => readCompanyProfile(db),
  'company-profile/update': async (profile, ctx) => {
    const before = await readCompanyProfile(ctx.db);
    await writeCompanyProfile(ctx.db, profile, ctx.now());
    const after = await readCompanyProfile(ctx.db);
    // The logo is kept as its size only: the log records what changed, not the picture.
    await recordAudit(ctx, 'company-profile/update', 'company', SINGLETON_ID, auditedProfile(before), auditedProfile(after));
    ctx.emit({ type: 'company-profile/changed' });
    return after;
  },
};

const auditedProfile = ({ logo, ...profile }: CompanyProfile) => ({
  ...profile,
  logo: logo ? `${Math.round((logo.dataBase64.length * 3) / 4)} B` : null,
});
