import { createRequire } from 'node:module';
import os from 'node:os';
import type { AppEvent } from '../src-shared/contract/events';
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
import type { Store } from './store/open-store';
import { exportsFolderHost, type DocumentHost } from './documents/document-host';
import { AppConfigFile } from './store/app-config';
import { CompanySession } from './store/company-session';
import { useSqliteBinding } from './store/sqlite-file';
import { BackupService } from './features/backups/backup-service';
import { BackupScheduler } from './features/backups/backup-scheduler';
import { backupHandlers } from './features/backups/handlers';
import { CompaniesService } from './features/companies/companies-service';
import { companiesHandlers } from './features/companies/handlers';
import { exportsHandlers } from './features/exports/handlers';

export interface BackendOptions {
  dataDir: string;
  mode: RunMode;
  nativeBinding?: string | undefined;
  appVersion?: string;
  /** Where exported PDFs go; without one, under the data folder's exports/ (browser mode, CLI). */
  documentHost?: DocumentHost;
  /**
   * Start even when the company file is damaged (an empty stand-in database; `backup/status` says so and
   * the app offers the latest good backup). The CLI's `call` leaves it off and reports the damage.
   */
  allowDamaged?: boolean;
  /** Automatic backups on a schedule and on close (the app and browser mode; not one-off CLI calls). */
  scheduledBackups?: boolean;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventHub;
  /** The open company's database; it changes on a restore or a company switch, so read it each time. */
  readonly store: Store;
  readonly session: CompanySession;
  readonly info: SystemInfo;
  /** Other features back up through this (an import calls `backups.create('before-import')` first). */
  backups: BackupService;
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
  useSqliteBinding(options.nativeBinding);
  const config = new AppConfigFile(options.dataDir);
  const session = await CompanySession.open(options.dataDir, config.read().currentCompany, {
    nativeBinding: options.nativeBinding,
    allowDamaged: options.allowDamaged ?? false,
  });
  const appVersion = options.appVersion ?? packageVersion();
  const info = (): SystemInfo => ({
    appVersion,
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile: session.file,
    schemaVersion: session.store.schemaVersion,
    nodeVersion: process.versions.node,
    sqliteVersion: String(session.store.raw.prepare('select sqlite_version() as v').pluck().get()),
  });

  const registry = new HandlerRegistry()
    .register('system', systemHandlers(info))
    .register('settings', settingsHandlers)
    .register('customers', customerDomainHandlers)
    .register('invoices', invoicesHandlers)
    .register('payments', paymentsHandlers)
    .register('creditNotes', creditNotesHandlers)
    .register('reports', reportsHandlers)
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
  const publish = (event: AppEvent) => events.publish(event);
  const backups = new BackupService({ session, config, publish });
  const companies = new CompaniesService({ session, config, publish, nativeBinding: options.nativeBinding });
  const host = options.documentHost ?? exportsFolderHost(options.dataDir);
  registry
    .register('backup', backupHandlers(backups, config))
    .register('companies', companiesHandlers(companies, host, options.mode))
    .register('export', exportsHandlers({ host, session, mode: options.mode }));
  registry.assertComplete();

  const scheduler = options.scheduledBackups ? new BackupScheduler(backups) : null;
  scheduler?.start();

  const dispatch = createDispatch({
    registry,
    // A getter: every call works on the company open at that moment.
    get db() {
      return session.store.db;
    },
    events,
    language: async (db) => (await readSettings(db)).language,
    actor: osUser(),
    beforeCommit: markRiskStale,
  });
  return {
    dispatch,
    events,
    get store() {
      return session.store;
    },
    session,
    get info() {
      return info();
    },
    backups,
    async close() {
      await scheduler?.stop();
      await session.close();
    },
  };
}
