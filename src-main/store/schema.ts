import type { Kysely, Transaction } from 'kysely';
import type { BankLinePaymentsTable, BankLinesTable, CustomerIbansTable } from './tables/bank';
import type { ChequeEventsTable, ChequesTable } from './tables/cheques';
import type { CompanyProfileTable } from './tables/company';
import type { CustomerContactsTable, CustomersTable } from './tables/customers';
import type { CustomerChaseTable, CustomerFiguresTable } from './tables/customer-figures';
import type {
  ActivitiesTable,
  CustomerRiskTable,
  AllocationsTable,
  AuditLogTable,
  DisputesTable,
  InvoiceLinesTable,
  InvoiceSummaryTable,
  InvoicesTable,
  PaymentsTable,
  PromisesTable,
  PromisePaidTable,
} from './tables/ledger';
import type { HolidaysTable } from './tables/holidays';
import type { ImportLayoutsTable } from './tables/imports';
import type { OutboxAttachmentsTable, OutboxMessagesTable, ReminderTasksTable } from './tables/outbox';
import type { PaymentPlansTable, PlanEventsTable, PlanInstalmentsTable, PlanInvoicesTable } from './tables/plans';
import type {
  CustomerReminderSettingsTable,
  InterestRatesTable,
  ReminderInvoiceStateTable,
  ReminderLettersTable,
  ReminderOccurrencesTable,
  ReminderPoliciesTable,
  ReminderRunsTable,
  ReminderSegmentPoliciesTable,
  ReminderStepsTable,
  ReminderTemplatesTable,
} from './tables/reminders';
import type { SettingsTable } from './tables/settings';

/** Every table Kysely knows, one interface per table file. */
export interface Database {
  customers: CustomersTable;
  customer_contacts: CustomerContactsTable;
  settings: SettingsTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  invoice_summary: InvoiceSummaryTable;
  customer_risk: CustomerRiskTable;
  payments: PaymentsTable;
  allocations: AllocationsTable;
  disputes: DisputesTable;
  promises: PromisesTable;
  promise_paid: PromisePaidTable;
  activities: ActivitiesTable;
  audit_log: AuditLogTable;
  company_profile: CompanyProfileTable;
  cheques: ChequesTable;
  cheque_events: ChequeEventsTable;
  holidays: HolidaysTable;
  payment_plans: PaymentPlansTable;
  plan_invoices: PlanInvoicesTable;
  plan_instalments: PlanInstalmentsTable;
  plan_events: PlanEventsTable;
  outbox_messages: OutboxMessagesTable;
  outbox_attachments: OutboxAttachmentsTable;
  reminder_tasks: ReminderTasksTable;
  import_layouts: ImportLayoutsTable;
  reminder_policies: ReminderPoliciesTable;
  reminder_steps: ReminderStepsTable;
  reminder_segment_policies: ReminderSegmentPoliciesTable;
  customer_reminder_settings: CustomerReminderSettingsTable;
  reminder_templates: ReminderTemplatesTable;
  interest_rates: InterestRatesTable;
  reminder_runs: ReminderRunsTable;
  reminder_occurrences: ReminderOccurrencesTable;
  reminder_invoice_state: ReminderInvoiceStateTable;
  reminder_letters: ReminderLettersTable;
  customer_figures: CustomerFiguresTable;
  customer_chase: CustomerChaseTable;
  bank_lines: BankLinesTable;
  bank_line_payments: BankLinePaymentsTable;
  customer_ibans: CustomerIbansTable;
}

export type Db = Kysely<Database> | Transaction<Database>;
