import { createRequire } from 'node:module';
import os from 'node:os';
import type { RunMode, SystemInfo } from '../src-shared/domain/system/contract';
import { createDispatch, type Dispatch } from './core/dispatch';
import { EventHub } from './core/events';
import { HandlerRegistry } from './core/registry';
import { auditHandlers } from './features/audit/handlers';
import { chequesHandlers } from './features/cheques/handlers';
import { companyHandlers } from './features/company/handlers';
import { activitiesHandlers, disputesHandlers, promisesHandlers } from './features/collections/handlers';
import { customerDomainHandlers } from './features/customers/customer-domain';
import { dashboardHandlers } from './features/dashboard/handlers';
import { invoicesHandlers } from './features/invoices/handlers';
import { creditNotesHandlers } from './features/payments/credit-notes-handlers';
import { paymentsHandlers } from './features/payments/handlers';
import { reportsHandlers } from './features/reports/handlers';
import { markRiskStale } from './features/reports/risk-store';
import { settingsHandlers } from './features/settings/handlers';
import { statementsHandlers } from './features/statements/handlers';
import { readSettings } from './features/settings/settings-repo';
import { systemHandlers } from './features/system/handlers';
import { openStore, type Store } from './store/open-store';
import { exportsFolderHost, type DocumentHost } from './documents/document-host';

export interface BackendOptions {
  dataDir: string;
  mode: RunMode;
  nativeBinding?: string | undefined;
  appVersion?: string;
  /** Where exported PDFs go; without one, under the data folder's exports/ (browser mode, CLI). */
  documentHost?: DocumentHost;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventHub;
  store: Store;
  info: SystemInfo;
  close(): Promise<void>;
}

const packageVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

const osUser = (): string => {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
};

/** The whole backend, the same for Electron IPC, the browser bridge and the CLI. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const store = await openStore(options.dataDir, { nativeBinding: options.nativeBinding });
  const info: SystemInfo = {
    appVersion: options.appVersion ?? packageVersion(),
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile: store.file,
    schemaVersion: store.schemaVersion,
    nodeVersion: process.versions.node,
    sqliteVersion: String(store.raw.prepare('select sqlite_version() as v').pluck().get()),
  };

  const registry = new HandlerRegistry()
    .register(
      'system',
      systemHandlers(() => info),
    )
    .register('settings', settingsHandlers)
    .register('customers', customerDomainHandlers)
    .register('invoices', invoicesHandlers)
    .register('payments', paymentsHandlers)
    .register('creditNotes', creditNotesHandlers)
    .register('reports', reportsHandlers(options.documentHost ?? exportsFolderHost(options.dataDir)))
    .register('disputes', disputesHandlers)
    .register('promises', promisesHandlers)
    .register('activities', activitiesHandlers)
    .register('audit', auditHandlers)
    .register('dashboard', dashboardHandlers)
    .register('cheques', chequesHandlers);

  const events = new EventHub();
  registry
    .register('company', companyHandlers)
    .register(
      'statements',
      statementsHandlers({ host: options.documentHost ?? exportsFolderHost(options.dataDir), events, mode: options.mode }),
    );
  registry.assertComplete();

  const dispatch = createDispatch({
    registry,
    db: store.db,
    events,
    language: async (db) => (await readSettings(db)).language,
    actor: osUser(),
    beforeCommit: markRiskStale,
  });
  return { dispatch, events, store, info, close: () => store.close() };
}
