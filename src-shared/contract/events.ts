/** Pushed to every open window after a mutation, so cached queries can be refreshed. */
export type AppEvent =
  | { type: 'customers/changed'; ids: number[] }
  | { type: 'settings/changed' }
  /** Invoices, payments or allocations of these customers changed: balances and lists are stale. */
  | { type: 'ledger/changed'; customerIds: number[] }
  | { type: 'company-profile/changed' }
  /** The database was swapped (restore, undo, another company): everything cached is stale. */
  | { type: 'store/replaced' }
  /** A backup was made, checked or rotated away. */
  | { type: 'backups/changed' }
  /** A batch export moved on: `done` of `total` customers handled (written or failed). */
  | { type: 'statements/progress'; jobId: string; done: number; total: number }
  /** An import moved on: `done` of `total` rows (or files) read in this phase. */
  | { type: 'imports/progress'; jobId: string; phase: 'validate' | 'write'; done: number; total: number }
  /** Outbox messages changed state; `queued` asks the sender to run soon. */
  | { type: 'outbox/changed'; queued?: boolean }
  /** The "Today" worklist changed (a task done or skipped). */
  | { type: 'today/changed' }
  /** Reminder policies, templates, a customer's reminder settings, interest rates or the schedule changed. */
  | { type: 'reminders/changed' }
  /** A reminder run made emails, approvals or tasks (the desktop shows a notification). */
  | { type: 'reminders/produced'; emails: number; approvals: number; tasks: number }
  /** The day's forecast back-test over `weeks` weeks is ready (it is made on a worker thread). */
  | { type: 'dashboard/backtest-ready'; weeks: number }
  /** Bank statement lines or customers' IBANs changed (an import, accept, dismiss, re-match): the bank screens are stale. */
  | { type: 'bank/changed' }
  /** A company copy moved on: `done` of `total` rows of `table` written. */
  | { type: 'companies/copy-progress'; jobId: string; table: string; done: number; total: number };

export type AppEventType = AppEvent['type'];
