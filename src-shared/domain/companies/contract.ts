import { query } from '../../contract/method';
import { z } from 'zod';
import { companyCreateInput, companyDemoInput, companyImportInput, companyOpenInput, companyRenameInput } from './schemas';
import type { CompanyFile } from './types';

// Company files are whole databases: switching closes one connection and opens another, outside a transaction.
export const companiesContract = {
  'companies/list': query<CompanyFile[]>()(
    z.object({}).strict(),
    'The company files in the data folder, most recently opened first',
  ),
  'companies/create': query<CompanyFile>()(companyCreateInput, 'Create a new company (its own database file) and switch to it'),
  'companies/create-demo': query<CompanyFile>()(
    companyDemoInput,
    'Create a demo company (its own file, with a realistic ledger, cheques and notes) and switch to it',
  ),
  'companies/open': query<CompanyFile>()(companyOpenInput, 'Switch to another company; remembered across restarts'),
  'companies/rename': query<CompanyFile>()(companyRenameInput, 'Rename a company (its file keeps its name)'),
  'companies/import-file': query<CompanyFile | { status: 'cancelled' }>()(
    companyImportInput,
    "Copy a company file or backup from another folder (a colleague's) in as a new company, after checking it",
  ),
};
