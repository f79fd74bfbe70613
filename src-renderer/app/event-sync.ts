import { chequeKeys } from '../features/cheques/query-keys';
import { calendarKeys } from '../features/calendar/query-keys';
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AppEvent } from '../../src-shared/contract/events';
import { onEvent } from '../api/client';
import { collectionKeys } from '../features/collections/query-keys';
import { dashboardKeys } from '../features/dashboard/query-keys';
import { customerKeys } from '../features/customers/query-keys';
import { invoiceKeys } from '../features/invoices/query-keys';
import { paymentKeys } from '../features/payments/query-keys';
import { auditKeys } from '../features/audit/query-keys';
import { reportKeys } from '../features/reports/query-keys';
import { settingsKeys } from '../features/settings/queries';
import { companyKeys } from '../features/company-profile/queries';
import { outboxKeys } from '../features/outbox/query-keys';
import { todayKeys } from '../features/today/query-keys';
import { reminderKeys } from '../features/reminders/queries';
import { backupKeys } from '../features/backups/queries';
import { statementKeys } from '../features/statements/queries';
import { bankKeys } from '../features/bank/queries';

/**
 * Whether a cached query may show something of these customers. Records (an invoice, a payment) carry
 * their customer and are refreshed only when it is one of them; lists and sums may include anyone.
 */
const mayConcern =
  (customerIds: readonly number[]) =>
  (query: Query): boolean => {
    const data = query.state.data as { customerId?: unknown } | undefined;
    return typeof data?.customerId !== 'number' || customerIds.includes(data.customerId);
  };

/** Events that say how far a job got or that a result is ready: nothing was recorded, so no history changed. */
const NOT_A_CHANGE: readonly AppEvent['type'][] = [
  'statements/progress',
  'imports/progress',
  'dashboard/backtest-ready',
  'companies/copy-progress',
];

/** The one place that says which cached queries an event makes stale (a contract test checks it for every mutation). */
export function invalidateFor(event: AppEvent, queryClient: QueryClient): void {
  // Every recorded change appends to the change history.
  if (!NOT_A_CHANGE.includes(event.type)) void queryClient.invalidateQueries({ queryKey: auditKeys.all });
  // Statement previews and reminder previews show the company, the customer, the ledger and the language.
  if (['customers/changed', 'ledger/changed', 'company-profile/changed', 'settings/changed'].includes(event.type)) {
    void queryClient.invalidateQueries({ queryKey: statementKeys.all });
    void queryClient.invalidateQueries({ queryKey: [...reminderKeys.all, 'preview'] });
    // So do a payment's receipt and a plan's schedule (record-document-button.tsx).
    void queryClient.invalidateQueries({ queryKey: ['documents'] });
  }
  // Bank lines show their candidate customers and open invoices; the accounts come from the company's IBANs.
  if (['bank/changed', 'customers/changed', 'ledger/changed', 'company-profile/changed'].includes(event.type))
    void queryClient.invalidateQueries({ queryKey: bankKeys.all });
  switch (event.type) {
    case 'customers/changed':
      void queryClient.invalidateQueries({ queryKey: customerKeys.all });
      // Invoice rows show the customer's code and title.
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      return;
    case 'settings/changed':
      void queryClient.invalidateQueries({ queryKey: settingsKeys.all });
      // The plans on customer cards: their grace days decide which are broken.
      void queryClient.invalidateQueries({ queryKey: collectionKeys.all });
      return;
    case 'store/replaced':
      // Another database (a restore, its undo, another company): nothing cached belongs to it.
      void queryClient.invalidateQueries();
      return;
    case 'backups/changed':
      void queryClient.invalidateQueries({ queryKey: backupKeys.all });
      return;
    case 'company-profile/changed':
      void queryClient.invalidateQueries({ queryKey: companyKeys.all });
      return;
    case 'reminders/produced':
    case 'reminders/changed':
      void queryClient.invalidateQueries({ queryKey: reminderKeys.all });
      return;
    case 'ledger/changed': {
      const concerns = mayConcern(event.customerIds);
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.all, predicate: concerns });
      void queryClient.invalidateQueries({ queryKey: paymentKeys.all, predicate: concerns });
      for (const id of event.customerIds) {
        void queryClient.invalidateQueries({ queryKey: customerKeys.account(id) });
        // Timeline, promises (kept/broken follow payments), disputes and the risk segment of the customer.
        void queryClient.invalidateQueries({ queryKey: collectionKeys.customer(id) });
        // Dunning level and accrued interest follow the open invoices.
        void queryClient.invalidateQueries({ queryKey: reminderKeys.customer(id) });
      }
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      // The list shows each customer's risk segment, which the change may have moved.
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
      // A payment may be a cheque's, and a cheque's step changes the portfolio.
      void queryClient.invalidateQueries({ queryKey: chequeKeys.all });
      // Every kind the calendar shows follows the ledger (a payment closes an invoice, keeps a promise).
      void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
      // Who is overdue, and whose promise is broken or standing, decides who is on today's list.
      void queryClient.invalidateQueries({ queryKey: todayKeys.all });
      return;
    }
    case 'outbox/changed':
      void queryClient.invalidateQueries({ queryKey: outboxKeys.all });
      // The Reminders page lists the e-mails held for approval too.
      void queryClient.invalidateQueries({ queryKey: reminderKeys.approvals() });
      return;
    case 'today/changed':
      void queryClient.invalidateQueries({ queryKey: todayKeys.all });
      return;
    case 'dashboard/backtest-ready':
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.backtest() });
      return;
  }
}

/** Subscribes to the backend's push events for the life of the app (this window, any door). */
export function useEventSync(): void {
  const queryClient = useQueryClient();
  useEffect(() => onEvent((event) => invalidateFor(event, queryClient)), [queryClient]);
}
