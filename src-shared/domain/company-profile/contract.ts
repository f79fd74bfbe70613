import { z } from 'zod';
import { mutation, query } from '../../contract/method';
import { companyProfileInput, type CompanyProfile } from './schemas';

export const companyContract = {
  'company-profile/get': query<CompanyProfile>()(z.object({}).strict(), 'Read the company profile shown on statements and letters'),
  'company-profile/update': mutation<CompanyProfile>()(
    companyProfileInput,
    'Replace the company profile (title, VKN, address, logo, bank accounts, document wording)',
  ),
};
