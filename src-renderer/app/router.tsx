import { createHashRouter, Navigate } from 'react-router';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { CustomerCardPage } from '../features/customers/card/customer-card-page';
import { CustomerCreatePage } from '../features/customers/form/customer-create-page';
import { CustomerEditPage } from '../features/customers/form/customer-edit-page';
import { CustomerListPage } from '../features/customers/list/customer-list-page';
import { InvoiceDetailPage } from '../features/invoices/detail/invoice-detail-page';
import { InvoiceCreatePage } from '../features/invoices/form/invoice-create-page';
import { InvoiceEditPage } from '../features/invoices/form/invoice-edit-page';
import { InvoiceListPage } from '../features/invoices/list/invoice-list-page';
import { PaymentDetailPage } from '../features/payments/detail/payment-detail-page';
import { CreditNoteCreatePage } from '../features/payments/form/credit-note-create-page';
import { PaymentCreatePage } from '../features/payments/form/payment-create-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AuditLogPage } from '../features/audit/audit-log-page';
import { AgingReportPage } from '../features/reports/aging/aging-report-page';
import { ReportsLayout } from '../features/reports/reports-layout';
import { CollectionsReportPage } from '../features/reports/collections/collections-report-page';
import { BehaviourReportPage } from '../features/reports/behaviour/behaviour-report-page';
import { ForecastReportPage } from '../features/reports/forecast/forecast-report-page';
import { BatchExportPage } from '../features/statements/batch-export-page';
import { ChequeDetailPage } from '../features/cheques/cheque-detail-page';
import { PortfolioPage } from '../features/cheques/portfolio-page';
import { PlanEditorPage } from '../features/plans/editor/plan-editor-page';
import { CalendarPage } from '../features/calendar/calendar-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { TodayPage } from '../features/today/today-page';
import { RemindersPage } from '../features/reminders/reminders-page';
import { RouteErrorPage } from './route-error-page';
import { Shell } from './shell';
import { ImportPage } from '../features/import/import-page';
import { SetupPage } from '../features/setup/setup-page';
import { BankPage } from '../features/bank/bank-page';

/**
 * Hash routing: the same build works from vade://app/ and http://127.0.0.1:PORT/ with no server-side
 * routes. A data router (not <HashRouter>) because the forms block navigation with unsaved changes.
 * Created on demand so main.tsx can first take the bridge token out of the address bar.
 */
export const createAppRouter = () =>
  createHashRouter([
    {
      path: '/',
      element: <Shell />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { index: true, element: <Navigate to="/dashboard" replace /> },
            { path: 'dashboard', element: <DashboardPage /> },
            { path: 'customers', element: <CustomerListPage /> },
            { path: 'customers/new', element: <CustomerCreatePage /> },
            { path: 'customers/:id', element: <CustomerCardPage /> },
            { path: 'customers/:id/edit', element: <CustomerEditPage /> },
            { path: 'invoices', element: <InvoiceListPage /> },
            { path: 'invoices/new', element: <InvoiceCreatePage /> },
            { path: 'invoices/:id', element: <InvoiceDetailPage /> },
            { path: 'invoices/:id/edit', element: <InvoiceEditPage /> },
            { path: 'payments/new', element: <PaymentCreatePage /> },
            { path: 'payments/:id', element: <PaymentDetailPage /> },
            { path: 'credit-notes/new', element: <CreditNoteCreatePage /> },
            { path: 'statements', element: <BatchExportPage /> },
            { path: 'cheques', element: <PortfolioPage /> },
            { path: 'cheques/:id', element: <ChequeDetailPage /> },
            { path: 'customers/:id/plans/new', element: <PlanEditorPage /> },
            { path: 'calendar', element: <CalendarPage /> },
            { path: 'reminders', element: <RemindersPage /> },
            {
              path: 'reports',
              element: <ReportsLayout />,
              children: [
                { index: true, element: <Navigate to="/reports/aging" replace /> },
                { path: 'aging', element: <AgingReportPage /> },
                { path: 'audit', element: <AuditLogPage /> },
                { path: 'collections', element: <CollectionsReportPage /> },
                { path: 'behaviour', element: <BehaviourReportPage /> },
                { path: 'forecast', element: <ForecastReportPage /> },
              ],
            },
            { path: 'settings', element: <SettingsPage /> },
            { path: 'import', element: <ImportPage /> },
            { path: 'bank', element: <BankPage /> },
            { path: 'today', element: <TodayPage /> },
            { path: 'setup', element: <SetupPage /> },
            { path: 'outbox', element: <OutboxPage /> },
            { path: '*', element: <Navigate to="/dashboard" replace /> },
          ],
        },
      ],
    },
  ]);
