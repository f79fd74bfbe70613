import { action, query } from '../../contract/method';
import { z } from 'zod';
import {
  companyCopyInput,
  companyCreateInput,
  companyDemoInput,
  companyImportInput,
  companyOpenInput,
  companyRenameInput,
  companyOpenServerInput,
  companyServerSettingsInput,
  companyTestServerInput,
} from './schemas';
import type { SecretStorageKind } from '../outbox/types';
import type { CompanyCopyResult, CompanyFile, ServerCheck, ServerSettings } from './types';

// Company files are whole databases: switching closes one connection and opens another, outside a transaction.
export const companiesContract = {
  'companies/list': query<CompanyFile[]>()(
    z.object({}).strict(),
    'The company files in the data folder, most recently opened first',
  ),
  'companies/create': action<CompanyFile>()(companyCreateInput, 'Create a new company (its own database file) and switch to it', {
    outside: ['companies'],
    detail: 'Creates a new company database file in the data folder, migrates it and switches to it: `store/replaced`.',
    storeWrites: false,
  }),
  'companies/create-demo': action<CompanyFile>()(
    companyDemoInput,
    'Create a demo company (its own file, with a realistic ledger, cheques and notes) and switch to it',
    {
      outside: ['companies'],
      detail: 'Creates a new company database file filled with a demo ledger, opens it and switches to it: `store/replaced`.',
      storeWrites: false,
    },
  ),
  'companies/open': action<CompanyFile>()(companyOpenInput, 'Switch to another company; remembered across restarts', {
    outside: ['companies'],
    detail: 'Closes the open company file and opens another; remembered in vade-app.json: `store/replaced`.',
    storeWrites: false,
  }),
  'companies/rename': action<CompanyFile>()(companyRenameInput, 'Rename a company (its file keeps its name)', {
    outside: ['companies'],
    detail: "Changes the company's name in vade-app.json (the file keeps its name).",
    storeWrites: false,
  }),
  'companies/copy': action<CompanyCopyResult>()(
    companyCopyInput,
    'Copy a whole company (ledger, history, audit log) between a company file and a PostgreSQL server, checked by rows and money',
    {
      outside: ['companies'],
      detail:
        'Copies every table into an empty target (a company file, CLI only; a postgres:// database; a server saved on this PC as a server company; a new company file in the data folder) in one transaction; rows and money per currency are compared before the commit. Progress: `companies/copy-progress`.',
      storeWrites: false,
    },
  ),
  'companies/import-file': action<CompanyFile | { status: 'cancelled' }>()(
    companyImportInput,
    "Copy a company file or backup from another folder (a colleague's) in as a new company, after checking it",
    {
      outside: ['companies', 'backups'],
      detail: 'Checks a company file or backup from another folder and copies it into the data folder as a new company.',
      storeWrites: false,
    },
  ),
  'companies/test-server': action<ServerCheck>()(
    companyTestServerInput,
    'Try a connection to a company on a PostgreSQL server (nothing is saved or changed there): what it holds, or why it failed',
    {
      outside: ['companies'],
      detail: 'Connects to the server database, reads whether it holds a Vade company and its name, and disconnects.',
      storeWrites: false,
    },
  ),
  'companies/open-server': action<CompanyFile>()(
    companyOpenServerInput,
    'Open a company on a PostgreSQL server and remember it on this PC (the password sealed by the secret store); an empty database becomes a new company',
    {
      outside: ['companies'],
      detail:
        'Tests the connection, saves it in vade-app.json (the password only sealed by the OS keychain or the key file), then switches to it: `store/replaced`.',
      storeWrites: false,
    },
  ),
  'companies/server-settings': query<{ server: ServerSettings | null; secretStorage: SecretStorageKind }>()(
    companyServerSettingsInput,
    "A server company's saved connection on this PC (never the password: only whether one is saved; null for a company file) and where a password would be kept",
  ),
  'companies/choose-ca-file': action<{ path: string | null }>()(
    z.object({}).strict(),
    "Pick a server's CA certificate file in the system's file dialog (desktop app); null when cancelled or where no dialog can be shown",
    {
      outside: ['files'],
      detail: 'Opens the file dialog for a PEM certificate (.crt, .pem, .cer) and answers its path; reads nothing.',
      storeWrites: false,
    },
  ),
};
