import {
  IconBellRinging,
  IconBuildingBank,
  IconCalendarDue,
  IconChartBar,
  IconCreditCardPay,
  IconDatabaseImport,
  IconFileInvoice,
  IconFileText,
  IconLayoutDashboard,
  IconListCheck,
  IconMailForward,
  IconSettings,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';
import type { MessageKey } from '../../src-shared/i18n/translate';

/** Sections that exist in the navigation but not yet as screens. */

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: TablerIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/dashboard', label: 'nav.dashboard', icon: IconLayoutDashboard },
  { path: '/today', label: 'nav.today', icon: IconListCheck },
  { path: '/customers', label: 'nav.customers', icon: IconUsers },
  { path: '/invoices', label: 'nav.invoices', icon: IconFileInvoice },
  { path: '/statements', label: 'nav.statements', icon: IconFileText },
  { path: '/cheques', label: 'nav.cheques', icon: IconCreditCardPay },
  { path: '/bank', label: 'nav.bank', icon: IconBuildingBank },
  { path: '/calendar', label: 'nav.calendar', icon: IconCalendarDue },
  { path: '/reminders', label: 'nav.reminders', icon: IconBellRinging },
  { path: '/outbox', label: 'nav.outbox', icon: IconMailForward },
  { path: '/reports', label: 'nav.reports', icon: IconChartBar },
  { path: '/import', label: 'nav.import', icon: IconDatabaseImport },
  { path: '/settings', label: 'nav.settings', icon: IconSettings },
];
