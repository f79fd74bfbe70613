import { Badge, Button, Group, Paper, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AppError } from '../../../src-shared/contract/errors';
import { ConfirmModal } from '../../components/confirm-modal';
import { LoadMore } from '../../components/load-more';
import { QueryBody } from '../../components/query-body';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { notifyFailure } from '../company-profile/company-required';
import { useNoEmailServer } from '../outbox/no-server-notice';
import { useRunNow, useRuns } from './queries';
import { statusKey, triggerKey } from './reminder-labels';

const STATUS_COLORS = { done: 'teal', skipped_hours: 'gray', skipped_holiday: 'gray', failed: 'red' } as const;

/** Every run of the scheduler (and by hand), newest first, with what it produced. */
export function RunsTab() {
  const t = useT();
  const format = useFormatters();
  const runs = useRuns();
  const runNow = useRunNow();
  const noServer = useNoEmailServer();
  const items = runs.data?.pages.flatMap((page) => page.items);
  // On a weekend or holiday the backend refuses, as the scheduler skips; the user may still confirm a run.
  const [closedDay, setClosedDay] = useState(false);
  const start = (allowClosedDay = false) =>
    runNow.mutate(
      { allowClosedDay },
      {
        onSuccess: (r) => {
          setClosedDay(false);
          notifications.show({ color: 'teal', message: t('reminders.runs.ran', { ...r }) });
          if (r.emails > 0 && noServer) notifications.show({ color: 'yellow', message: t('reminders.runs.ranNoServer') });
        },
        onError: (error) => {
          if (error instanceof AppError && error.issues?.some((i) => i.key === 'reminders.closedDay')) setClosedDay(true);
          else notifyFailure(error, t);
        },
      },
    );
  return (
    <Paper p="lg">
      <Group justify="flex-end" mb="md">
        <Button
          leftSection={<IconPlayerPlay size={16} />}
          onClick={() => start()}
          loading={runNow.isPending}
          data-testid="run-now"
        >
          {t('reminders.runs.runNow')}
        </Button>
      </Group>
      <ConfirmModal
        opened={closedDay}
        title={t('reminders.runs.closedDayTitle')}
        message={t('reminders.runs.closedDayConfirm')}
        confirmLabel={t('reminders.runs.runAnyway')}
        loading={runNow.isPending}
        onConfirm={() => start(true)}
        onCancel={() => setClosedDay(false)}
      />
      <QueryBody
        query={{ ...runs, data: items }}
        errorTitle={t('reminders.loadError')}
        emptyText={t('reminders.runs.empty')}
        emptyActions={
          <>
            <Button
              variant="default"
              size="xs"
              onClick={() => start()}
              loading={runNow.isPending}
              data-testid="runs-empty-run-now"
            >
              {t('reminders.runs.runNow')}
            </Button>
            <Button component={Link} to="/reminders" variant="subtle" size="xs" data-testid="runs-empty-policies">
              {t('reminders.runs.reviewPolicies')}
            </Button>
          </>
        }
        isEmpty={(list) => list.length === 0}
        testId="reminder-runs"
      >
        {(list) => (
          <>
            <Table striped data-testid="reminder-runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reminders.runs.started')}</Table.Th>
                  <Table.Th>{t('reminders.runs.date')}</Table.Th>
                  <Table.Th>{t('reminders.runs.trigger')}</Table.Th>
                  <Table.Th>{t('reminders.runs.status')}</Table.Th>
                  <Table.Th ta="right">{t('reminders.runs.customers')}</Table.Th>
                  <Table.Th ta="right">{t('reminders.runs.emails')}</Table.Th>
                  <Table.Th ta="right">{t('reminders.runs.approvals')}</Table.Th>
                  <Table.Th ta="right">{t('reminders.runs.tasks')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>{format.dateTime(run.startedAt)}</Table.Td>
                    <Table.Td>{format.date(run.runDate)}</Table.Td>
                    <Table.Td>{t(triggerKey(run.trigger))}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[run.status]} title={run.error ?? undefined}>
                        {t(statusKey(run.status))}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{format.number(run.customers)}</Table.Td>
                    <Table.Td ta="right">{format.number(run.emails)}</Table.Td>
                    <Table.Td ta="right">{format.number(run.approvals)}</Table.Td>
                    <Table.Td ta="right">{format.number(run.tasks)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <LoadMore query={runs} testId="reminder-runs-more" />
          </>
        )}
      </QueryBody>
    </Paper>
  );
}
