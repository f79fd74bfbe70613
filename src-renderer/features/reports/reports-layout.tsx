import { Tabs } from '@mantine/core';
import { IconCash, IconChartLine, IconHistory, IconHourglassHigh, IconUserCheck, type TablerIcon } from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { FullHeightPage } from '../../components/full-height-page';
import { useT } from '../../i18n/i18n-context';

/** The reports, in the order the tabs show them; more reports join this list. */
export const REPORTS: { path: string; label: MessageKey; icon: TablerIcon }[] = [
  { path: '/reports/aging', label: 'reports.nav.aging', icon: IconHourglassHigh },
  { path: '/reports/collections', label: 'reports.nav.collections', icon: IconCash },
  { path: '/reports/behaviour', label: 'reports.nav.behaviour', icon: IconUserCheck },
  { path: '/reports/forecast', label: 'reports.nav.forecast', icon: IconChartLine },
  { path: '/reports/audit', label: 'reports.nav.audit', icon: IconHistory },
];

/** The Reports section: one tab per report above the report itself (wide tables keep the full width). */
export function ReportsLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = REPORTS.find((report) => pathname.startsWith(report.path))?.path ?? null;
  return (
    <FullHeightPage>
      <Tabs value={current} onChange={(path) => path && void navigate(path)} mb="md">
        <Tabs.List aria-label={t('reports.nav.label')}>
          {REPORTS.map(({ path, label, icon: Icon }) => (
            <Tabs.Tab
              key={path}
              value={path}
              leftSection={<Icon size={16} />}
              data-testid={`report-tab-${path.split('/').at(-1)}`}
            >
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {/* A report fills the rest of the window; its own table or list scrolls. */}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Outlet />
      </div>
    </FullHeightPage>
  );
}
