import { createRequire } from 'node:module';
import path from 'node:path';
import type { AppEvent } from '../src-shared/contract/events';
import type { RunMode, SystemInfo } from '../src-shared/domain/system/contract';
import { createDispatch, createRefreshAll, type Dispatch, type DispatchDeps } from './core/dispatch';
import { ServiceRegistry } from './core/services';
import { refreshServices } from './scheduler/services';
import { outboxServices } from './features/outbox/services';
import { remindersServices } from './features/reminders/services';
import { backupsServices } from './features/backups/services';
import { EventHub } from './core/events';
import { HandlerRegistry } from './core/registry';
import { auditHandlers } from './features/audit/handlers';
import { calendarHandlers } from './features/calendar/handlers';
import { chequesHandlers } from './features/cheques/handlers';
import { companyHandlers } from './features/company-profile/handlers';
import { activitiesHandlers, disputesHandlers, promisesHandlers } from './features/collections/handlers';
import { customerDomainHandlers } from './features/customers/customer-domain';
import { importHandlers } from './features/import/handlers';
import { dashboardHandlers } from './features/dashboard/handlers';
import { DailyBacktests } from './features/dashboard/daily-backtest';
import { invoicesHandlers } from './features/invoices/handlers';
import { creditNotesHandlers } from './features/payments/credit-notes-handlers';
import { paymentsHandlers } from './features/payments/handlers';
import { receiptHandlers } from './features/payments/receipt-handlers';
import { reportsHandlers } from './features/reports/handlers';
import {
  customerFiguresCurrent,
  customerFiguresRefresher,
  refreshFiguresOnLedgerChange,
} from './features/customers/customer-figures';
import { refreshRiskOnLedgerChange, riskSegmentsCurrent, riskSegmentsRefresher } from './features/reports/risk-store';
import { settingsHandlers } from './features/settings/handlers';
import { statementsHandlers } from './features/statements/handlers';
import { readSettings } from './features/settings/settings-repo';
import { systemHandlers } from './features/system/handlers';
import { holidaysHandlers } from './features/holidays/handlers';
import { plansHandlers } from './features/plans/handlers';
import { scheduleHandlers } from './features/plans/schedule-handlers';
import { planStatusCurrent, planStatusRefresher, syncPlansOnLedgerChange } from './features/plans/plan-progress';
import { outboxHandlers } from './features/outbox/handlers';
import { createOutboxSender } from './features/outbox/outbox-sender';
import { keyFileSecretStore, type SecretStore } from './store/secrets/secret-store';
import { todayHandlers } from './features/today/handlers';
import { remindersHandlers } from './features/reminders/handlers';
import type { ReminderScheduler, ReminderSchedulerOptions } from './scheduler/reminder-scheduler';
import type { Store } from './store/open-store';
import { onePcRunner } from './store/postgres/one-pc-runner';
import { officeChangeFeed } from './store/postgres/change-feed';
import { exportsFolderHost, type DocumentHost } from './documents/document-host';
import { AppConfigFile } from './store/app-config';
import { CompanySession, DEFER_QUICK_CHECK_ABOVE } from './store/company-session';
import { useSqliteBinding } from './store/sqlite-file';
import { BackupService } from './features/backups/backup-service';
import { backupHandlers } from './features/backups/handlers';
import { CompaniesService } from './features/companies/companies-service';
import { companiesHandlers } from './features/companies/handlers';
import { ServerCompanies } from './features/companies/server-companies';
import { ServerConnections } from './features/companies/server-connections';
import { exportsHandlers } from './features/exports/handlers';
import { bankHandlers } from './features/bank/handlers';
import { workstationHandlers } from './features/workstation/handlers';
import { osAccount, type Actor } from './core/actor';

export interface BackendOptions {
  /** App settings, backups, exports and keys; the company database itself too unless `databaseUrl` is given. */
  dataDir: string;
  /** A company on a PostgreSQL server (`postgres://user:password@host:5432/db?sslmode=require`). */
  databaseUrl?: string | undefined;
  mode: RunMode;
  nativeBinding?: string | undefined;
  appVersion?: string;
  /** Where exported PDFs go; without one, under the data folder's exports/ (browser mode, CLI). */
  documentHost?: DocumentHost;
  /** Keeps the SMTP password encrypted: the OS keychain in Electron; without one, a key file in the data folder. */
  secrets?: SecretStore;
  /**
   * The outbox sender in the background (every `intervalMs`, and soon after something is queued). Off for the
   * CLI (a short-lived process: `vade call outbox/send-now` runs it once) and for tests that drive it by hand.
   */
  outboxSender?: false | { intervalMs: number };
  /** The reminder scheduler: false turns it off (tests, one-shot CLI calls, which is the default in 'cli' mode). */
  reminderScheduler?: ReminderSchedulerOptions | false;
  /**
   * Start even when the company file is damaged (an empty stand-in database; `backups/status` says so and
   * the app offers the latest good backup). The CLI's `call` leaves it off and reports the damage.
   */
  allowDamaged?: boolean;
  /**
   * With `allowDamaged`: a company file at least this large (bytes) opens without waiting for its quick_check, which
   * runs in the background (64 MB by default; 0 for tests). Damage found then shows the same "database damaged" screen.
   */
  deferQuickCheckAbove?: number;
  /** Automatic backups on a schedule and on close (the app and browser mode; not one-off CLI calls). */
  scheduledBackups?: boolean;
  /** The clock of every handler and background service; tests fix it so dates do not follow the wall clock. */
  now?: () => Date;
  /** A server company: how often a PC that is not running the daily jobs tries to take over (5 s by default). */
  runnerRetryMs?: number;
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
  /** The reminder scheduler; null when turned off. */
  scheduler: ReminderScheduler | null;
  /** The domains running a background service, in start order. */
  services: string[];
  /** Brings every kind of derived rows (risk segments, plan statuses) up to date now, each in its own transaction. */
  refreshDerived(): Promise<void>;
  /**
   * Who acts on this PC: the person named in its settings (read each time, so a change applies to the next
   * write) and the OS account. The doors on this PC (IPC, the bridge) hand it to dispatch with every call.
   */
  actor(): Actor;
  close(): Promise<void>;
}

const packageVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
};

/** The whole backend, the same for Electron IPC, the browser bridge and the CLI. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  useSqliteBinding(options.nativeBinding);
  const config = new AppConfigFile(options.dataDir);
  const account = osAccount();
  const actor = (): Actor => ({ name: config.read().personName, account });
  // Passwords (SMTP, backups, database servers) are sealed by the OS keychain in the app, by a key file elsewhere.
  const secrets = options.secrets ?? keyFileSecretStore(options.dataDir);
  const serverConnections = new ServerConnections(config, secrets);
  // The command line's --database-url opens the remembered company's place on that server (not saved on this PC).
  const pinned = options.databaseUrl ? config.read().currentCompany : null;
  const sessionOptions = {
    nativeBinding: options.nativeBinding,
    locate: async (company: string) => (company === pinned ? options.databaseUrl : serverConnections.url(company)),
    allowDamaged: options.allowDamaged ?? false,
    deferQuickCheckAbove: options.allowDamaged ? (options.deferQuickCheckAbove ?? DEFER_QUICK_CHECK_ABOVE) : undefined,
  };
  const remembered = config.read().currentCompany;
  const session = await CompanySession.open(options.dataDir, remembered, sessionOptions).catch((error: unknown) => {
    // The app must start even when the server company it had open cannot be reached: it opens the company file then
    // (the menu still lists the server company; it is tried again at the next start). The CLI says why and stops.
    if (options.mode === 'cli' || remembered === pinned || !serverConnections.saved(remembered)) throw error;
    console.error(`The server company ${remembered} cannot be opened, the company file instead: ${(error as Error).message}`);
    return CompanySession.open(options.dataDir, 'default', sessionOptions);
  });
  const appVersion = options.appVersion ?? packageVersion();
  const now = options.now ?? (() => new Date());
  const info = (): SystemInfo => ({
    appVersion,
    mode: options.mode,
    dataDir: options.dataDir,
    databaseFile: session.file,
    schemaVersion: session.store.schemaVersion,
    nodeVersion: process.versions.node,
    sqliteVersion: session.store.engineVersion,
  });

  // Where single documents (plan schedules, receipts) are saved from the app's windows.
  const documents = { host: options.documentHost ?? exportsFolderHost(options.dataDir), mode: options.mode };
  const registry = new HandlerRegistry()
    .register('system', systemHandlers(info))
    .register('settings', settingsHandlers)
    .register('customers', customerDomainHandlers)
    .register('invoices', invoicesHandlers)
    .register('payments', { ...paymentsHandlers, ...receiptHandlers(documents) })
    .register('credit-notes', creditNotesHandlers)
    .register('reports', reportsHandlers(options.documentHost ?? exportsFolderHost(options.dataDir)))
    .register('disputes', disputesHandlers)
    .register('promises', promisesHandlers)
    .register('activities', activitiesHandlers)
    .register('audit', auditHandlers)
    .register(
      'dashboard',
      dashboardHandlers(
        new DailyBacktests({ publish: (event) => events.publish(event), file: () => session.file, db: () => session.store.db }),
      ),
    )
    .register('cheques', chequesHandlers)
    .register('holidays', holidaysHandlers)
    .register('plans', { ...plansHandlers, ...scheduleHandlers(documents) })
    .derive('planStatus', planStatusRefresher, planStatusCurrent)
    .derive('riskSegments', riskSegmentsRefresher, riskSegmentsCurrent)
    .derive('customerFigures', customerFiguresRefresher, customerFiguresCurrent)
    .register('reminders', remindersHandlers);

  const events = new EventHub();
  // Damage the background check found: every window refetches and finds `backups/status` saying so.
  session.onDamaged(() => events.publish({ type: 'store/replaced' }));
  registry
    .register('company-profile', companyHandlers)
    .register(
      'statements',
      statementsHandlers({ host: options.documentHost ?? exportsFolderHost(options.dataDir), events, mode: options.mode }),
    );
  // Features that keep a connection read it through the session: a restore or a company switch replaces it.
  const backups = new BackupService({ session, config, secrets, publish: (event: AppEvent) => events.publish(event) });
  registry.register(
    'imports',
    importHandlers({
      dataDir: options.dataDir,
      mode: options.mode,
      get raw() {
        return session.store.raw;
      },
      events,
      backup: async () => path.join(backups.folder(), (await backups.create('before-import')).name),
    }),
  );
  registry.register('calendar', calendarHandlers(() => session.store.raw));
  registry.register(
    'bank',
    bankHandlers({
      dataDir: options.dataDir,
      mode: options.mode,
      get raw() {
        return session.store.raw;
      },
    }),
  );
  const sender = createOutboxSender({
    get db() {
      return session.store.db;
    },
    secrets,
    events,
    now,
  });
  registry.register('outbox', outboxHandlers({ sender, secrets })).register('today', todayHandlers);
  const companies = new CompaniesService({
    session,
    config,
    secrets,
    publish: (event: AppEvent) => events.publish(event),
    nativeBinding: options.nativeBinding,
    servers: serverConnections,
    pinned,
    aroundStoreChange: async (work) => {
      await services.stopAll();
      try {
        await work();
      } finally {
        services = makeServices();
        await services.startAll();
      }
    },
  });
  const serverCompanies = new ServerCompanies({
    companies,
    servers: serverConnections,
    config,
    publish: (event: AppEvent) => events.publish(event),
  });
  const host = options.documentHost ?? exportsFolderHost(options.dataDir);
  registry
    .register('backups', backupHandlers({ backups, config, secrets, host, mode: options.mode }))
    .register(
      'companies',
      // Called only after the backend is up, when `dispatch` exists.
      companiesHandlers(
        companies,
        { companies: serverCompanies, connections: serverConnections },
        host,
        options.mode,
        (name, args) => dispatch(name, args),
      ),
    )
    .register('exports', exportsHandlers({ host, session, mode: options.mode }))
    .register('workstation', workstationHandlers(config, account));
  registry.assertComplete();

  const dispatchDeps: DispatchDeps = {
    registry,
    // A getter: every call works on the company open at that moment.
    get db() {
      return session.store.db;
    },
    events,
    language: async (db) => (await readSettings(db)).language,
    actor,
    now,
    beforeCommit: async (ctx, events) => {
      await syncPlansOnLedgerChange(ctx, events);
      // After the plans: both read their paid instalments.
      await refreshRiskOnLedgerChange(ctx, events);
      await refreshFiguresOnLedgerChange(ctx, events);
    },
  };
  const dispatch = createDispatch(dispatchDeps);
  const refreshAll = createRefreshAll(dispatchDeps);

  // Each domain's background work (its services.ts decides whether it runs in this mode), started in this order
  // and stopped in the reverse one before the file closes. Scheduled backups copy the SQLite file with its online
  // backup API: not for a server company. On a server company the daily jobs and the reminder scheduler run on the
  // one PC holding the runner lock (on SQLite, here), and every PC listens to the others' changes.
  // They are made for the kind of store open: a switch to or from a server company makes them again.
  const { mode } = options;
  const damaged = () => session.damaged !== null;
  const scheduler = remindersServices({ mode, db: () => session.store.db, events, now, scheduler: options.reminderScheduler });
  const makeServices = () => {
    const onePc = onePcRunner(() => session.store, { retryMs: options.runnerRetryMs });
    return new ServiceRegistry()
      .add('backups', backupsServices({ backups, scheduled: options.scheduledBackups && session.store.kind === 'sqlite' }))
      .add('refresh', onePc.gate(refreshServices({ mode, refreshAll, damaged, checked: () => session.checked, now, events })))
      .add('outbox', outboxServices({ mode, sender, events, interval: options.outboxSender }))
      .add('reminders', onePc.gate(scheduler))
      .add('office', officeChangeFeed(() => session.store, events, { listen: mode !== 'cli' }));
  };
  let services = makeServices();
  await services.startAll();
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
    scheduler,
    get services() {
      return services.domains();
    },
    refreshDerived: refreshAll,
    actor,
    async close() {
      await services.stopAll();
      await session.close();
    },
  };
}
