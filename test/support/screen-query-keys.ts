import type { QueryKey } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../src-shared/contract/methods';
import { auditKeys } from '../../src-renderer/features/audit/query-keys';
import { backupKeys } from '../../src-renderer/features/backups/queries';
import { bankKeys } from '../../src-renderer/features/bank/queries';
import { calendarKeys } from '../../src-renderer/features/calendar/query-keys';
import { chequeKeys } from '../../src-renderer/features/cheques/query-keys';
import { collectionKeys } from '../../src-renderer/features/collections/query-keys';
import { companiesKeys } from '../../src-renderer/features/companies/queries';
import { companyKeys } from '../../src-renderer/features/company-profile/queries';
import { customerKeys } from '../../src-renderer/features/customers/query-keys';
import { dashboardKeys } from '../../src-renderer/features/dashboard/query-keys';
import { invoiceKeys } from '../../src-renderer/features/invoices/query-keys';
import { outboxKeys } from '../../src-renderer/features/outbox/query-keys';
import { paymentKeys } from '../../src-renderer/features/payments/query-keys';
import { planKeys } from '../../src-renderer/features/plans/query-keys';
import { reminderKeys } from '../../src-renderer/features/reminders/queries';
import { reportKeys } from '../../src-renderer/features/reports/query-keys';
import { settingsKeys } from '../../src-renderer/features/settings/queries';
import { statementKeys } from '../../src-renderer/features/statements/queries';
import { todayKeys } from '../../src-renderer/features/today/query-keys';
import { workstationKeys } from '../../src-renderer/features/workstation/queries';

/**
 * The key under which the renderer caches each query's answer (as its `queries.ts` files build them; the sample's
 * filter stands for any filter, as invalidation goes by prefix), or null for a query no screen caches. The events
 * test uses it to check that the events a mutation publishes refresh every screen whose data it changed.
 */
export const SCREEN_KEYS: { [N in MethodName]?: ((args: MethodInput<N>, value: MethodOutput<N>) => QueryKey) | null } = {
  'system/info': () => settingsKeys.system,
  'settings/get': () => settingsKeys.all,
  'workstation/get': () => workstationKeys.all,
  'customers/get': (a) => customerKeys.detail(a.id!),
  'customers/list': () =>
    customerKeys.list({
      search: '',
      status: 'active',
      kind: null,
      risk: null,
      sort: 'title',
      currency: null,
      overdueOnly: false,
      minBalance: null,
    }),
  'customers/suggest-code': () => customerKeys.suggestedCode(),
  'invoices/get': (a) => invoiceKeys.detail(a.id),
  'invoices/list': () => [...invoiceKeys.lists(), 'sample'],
  'invoices/totals': () => [...invoiceKeys.all, 'totals', 'sample'],
  'invoices/suggest-number': () => invoiceKeys.suggestedNumber(''),
  'payments/get': (a) => paymentKeys.detail(a.id),
  'payments/list': () => paymentKeys.ofCustomer(0),
  'customers/risk': (a) => collectionKeys.risk(a.id),
  'customers/account': (a) => customerKeys.account(a.id),
  'reports/aging': () => reportKeys.aging('', []),
  'reports/collections': () => reportKeys.collections('', '', 'month'),
  'reports/pdf': null,
  'reports/payment-behaviour': () => reportKeys.behaviour(),
  'disputes/list': (a) => collectionKeys.disputes(a.customerId!),
  'promises/list': (a) => collectionKeys.promises(a.customerId),
  'customers/timeline': (a) => collectionKeys.timeline(a.id),
  'audit/list': () => [...auditKeys.all, 'list', 'sample'],
  'company-profile/get': () => companyKeys.all,
  'statements/render': (a) => [...statementKeys.all, 'render', a.customerId, 'sample'],
  'statements/count': () => [...statementKeys.all, 'count', 'sample'],
  'dashboard/kpis': () => dashboardKeys.kpis(),
  'dashboard/forecast': () => dashboardKeys.forecast('week'),
  'dashboard/trend': () => dashboardKeys.trend(),
  'dashboard/segments': () => dashboardKeys.segments(),
  'cheques/get': (a) => chequeKeys.detail(a.id),
  'cheques/list': () => [...chequeKeys.all, 'list', 'sample'],
  'cheques/summary': () => chequeKeys.summary(),
  'holidays/list': (a) => planKeys.holidays(a.year ?? 0),
  'plans/propose': null,
  'plans/get': (a, plan) => planKeys.detail(plan.customerId, a.id),
  'plans/list': (a) => planKeys.ofCustomer(a.customerId ?? 0),
  'plans/open-invoices': (a) => planKeys.coverable(a.customerId, a.currency ?? 'TRY'),
  'plans/settings': () => planKeys.settings(),
  'imports/inspect': null,
  'imports/validate': null,
  'calendar/items': () => [...calendarKeys.all, 'grid', 'sample'],
  'outbox/settings': () => outboxKeys.settings(),
  'outbox/list': () => outboxKeys.list(null),
  'outbox/counts': () => outboxKeys.counts(),
  'outbox/get': (a) => outboxKeys.message(a.id),
  'today/list': () => todayKeys.list(),
  'reminders/policies': () => reminderKeys.policies(),
  'reminders/templates': () => reminderKeys.templates(),
  'reminders/preview': (a) => reminderKeys.preview(a),
  'reminders/runs': () => reminderKeys.runs(),
  'reminders/approvals': () => reminderKeys.approvals(),
  'reminders/customer': (a) => reminderKeys.customer(a.customerId),
  'reminders/interest-rates': () => reminderKeys.rates(),
  'reminders/schedule': () => reminderKeys.schedule(),
  'reminders/letter': null,
  'backups/status': () => backupKeys.status,
  'backups/list': () => backupKeys.list,
  'companies/list': () => companiesKeys.all,
  'companies/server-settings': (a) => companiesKeys.server(a.id),
  // The record documents' preview (statements/record-document-button.tsx), in the sample's language.
  'payments/receipt-pdf': (a) => ['documents', 'receipt', a.id, a.language ?? 'tr'],
  'plans/schedule-pdf': (a) => ['documents', 'planSchedule', a.id, a.language ?? 'tr'],
  'bank/accounts': () => bankKeys.accounts(),
  'bank/inspect': null,
  'bank/lines': (a) => bankKeys.lines(a.status ?? 'open', a.accountIban ?? null),
  'bank/line': null,
  'bank/proposal': (a) => bankKeys.proposal(a.lineId, a.customerId),
  'bank/customer-ibans': (a) => bankKeys.customerIbans(a.customerId),
};
