// Types only: the renderer reads this table (old audit rows) without loading the contract's schemas.
import type { MethodName } from './methods';

/** The release in which the names of 0.x stop being accepted. */
export const OLD_NAMES_REMOVED_IN = '1.1';

/**
 * Every method renamed when the public API took one naming rule (docs/architecture.md, "Method names"): old → new.
 * Dispatch (IPC, the HTTP bridge, the CLI) accepts an old name and runs the new method until 1.1; the CLI says so
 * on stderr. The audit log keeps the name a change was made under, so the change history reads older rows through
 * this table too: keep the table when dispatch stops accepting the old names.
 */
export const METHOD_RENAMES = {
  'customers/suggestCode': 'customers/suggest-code',
  'invoices/writeOff': 'invoices/write-off',
  'invoices/suggestNumber': 'invoices/suggest-number',
  'payments/receiptPdf': 'payments/receipt-pdf',
  'payments/exportReceiptPdf': 'payments/export-receipt-pdf',
  'creditNotes/create': 'credit-notes/create',
  'reports/exportPdf': 'reports/export-pdf',
  'reports/paymentBehaviour': 'reports/payment-behaviour',
  'company/get': 'company-profile/get',
  'company/update': 'company-profile/update',
  'statements/exportBatch': 'statements/export-batch',
  'plans/openInvoices': 'plans/open-invoices',
  'plans/updateSettings': 'plans/update-settings',
  'plans/schedulePdf': 'plans/schedule-pdf',
  'plans/exportSchedulePdf': 'plans/export-schedule-pdf',
  'import/upload': 'imports/upload',
  'import/inspect': 'imports/inspect',
  'import/validate': 'imports/validate',
  'import/commit': 'imports/commit',
  'import/efatura': 'imports/efatura',
  'import/cancel': 'imports/cancel',
  'outbox/settings-get': 'outbox/settings',
  'outbox/settings-update': 'outbox/update-settings',
  'outbox/test-send': 'outbox/send-test',
  'reminders/savePolicy': 'reminders/save-policy',
  'reminders/saveTemplate': 'reminders/save-template',
  'reminders/saveCustomer': 'reminders/save-customer',
  'reminders/interestRates': 'reminders/interest-rates',
  'reminders/saveInterestRate': 'reminders/save-interest-rate',
  'reminders/deleteInterestRate': 'reminders/delete-interest-rate',
  'reminders/saveSchedule': 'reminders/save-schedule',
  'backup/status': 'backups/status',
  'backup/list': 'backups/list',
  'backup/create': 'backups/create',
  'backup/verify': 'backups/verify',
  'backup/settings': 'backups/settings',
  'backup/restore': 'backups/restore',
  'backup/undo-restore': 'backups/undo-restore',
  'backup/restore-latest': 'backups/restore-latest',
  'export/customers': 'exports/customers',
  'export/invoices': 'exports/invoices',
  'export/payments': 'exports/payments',
  'export/aging': 'exports/aging',
  'export/timeline': 'exports/timeline',
  'export/company': 'exports/company',
  'bank/customerIbans': 'bank/customer-ibans',
  'bank/addCustomerIban': 'bank/add-customer-iban',
  'bank/removeCustomerIban': 'bank/remove-customer-iban',
} as const satisfies Record<string, MethodName>;

export type OldMethodName = keyof typeof METHOD_RENAMES;

export const isOldMethodName = (name: string): name is OldMethodName => Object.hasOwn(METHOD_RENAMES, name);

/** The name a method has now: the new name for an old one, any other name as it is. */
export const currentMethodName = (name: string): string => (isOldMethodName(name) ? METHOD_RENAMES[name] : name);

/** The one line a caller of an old name is told (the CLI prints it on stderr). */
export const deprecationNotice = (oldName: OldMethodName): string =>
  `vade: '${oldName}' is deprecated, use '${METHOD_RENAMES[oldName]}' (old names are removed in ${OLD_NAMES_REMOVED_IN})`;
