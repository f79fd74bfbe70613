import { Badge, Tabs } from '@mantine/core';
import { IconChecklist, IconHistory, IconListDetails, IconTemplate } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useT } from '../../i18n/i18n-context';
import { ApprovalsTab } from './approvals-tab';
import { PolicyEditor } from './policy-editor';
import { useApprovals } from './queries';
import { RunsTab } from './runs-tab';
import { TemplateEditor } from './template-editor';

const TABS = ['policies', 'templates', 'runs', 'approvals'] as const;
type ReminderTab = (typeof TABS)[number];
const ICONS = { policies: IconListDetails, templates: IconTemplate, runs: IconHistory, approvals: IconChecklist };

/** Policies and templates (what is sent when), the runs that sent it, and the emails waiting for a yes. */
export function RemindersPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: ReminderTab = (TABS as readonly (string | null)[]).includes(raw) ? (raw as ReminderTab) : 'policies';
  const waiting = useApprovals().data?.length ?? 0;
  return (
    <div data-testid="reminders-page">
      <PageHeader title={t('reminders.title')} meta={t('reminders.subtitle')} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'policies' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((name) => {
            const Icon = ICONS[name];
            return (
              <Tabs.Tab
                key={name}
                value={name}
                leftSection={<Icon size={16} />}
                rightSection={
                  name === 'approvals' && waiting > 0 ? (
                    <Badge size="sm" color="orange">
                      {waiting}
                    </Badge>
                  ) : null
                }
                data-testid={`reminders-tab-${name}`}
              >
                {t(`reminders.tab.${name}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="policies">
          <PolicyEditor />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplateEditor />
        </Tabs.Panel>
        <Tabs.Panel value="runs">
          <RunsTab />
        </Tabs.Panel>
        <Tabs.Panel value="approvals">
          <ApprovalsTab />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
