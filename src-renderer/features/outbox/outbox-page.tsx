import { Anchor, Box, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { OUTBOX_STATUSES, type OutboxStatus } from '../../../src-shared/domain/outbox/schemas';
import type { OutboxMessageSummary } from '../../../src-shared/domain/outbox/types';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { SectionCard } from '../../components/section-card';
import { describeError } from '../../i18n/describe-error';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { oneOf, useUrlFilter } from '../../lib/use-url-filter';
import { OutboxFailure } from './outbox-failure';
import { OutboxMessageModal } from './outbox-message-modal';
import { OutboxRowActions } from './outbox-row-actions';
import { OutboxStatusBadge } from './outbox-status-badge';
import { NoServerBanner } from './no-server-notice';
import { useOutboxList, useSendNow } from './queries';

function SendNowButton() {
  const t = useT();
  const sendNow = useSendNow();
  const run = () =>
    sendNow.mutate(
      {},
      {
        onSuccess: (r) =>
          notifications.show({
            color: r.skipped ? 'orange' : r.failed > 0 ? 'red' : 'teal',
            message: r.skipped
              ? t(`outbox.sendNowSkipped.${r.skipped}`)
              : t('outbox.sendNowDone', { sent: r.sent, retrying: r.retrying, failed: r.failed }),
          }),
        onError: (error) => notifications.show({ color: 'red', title: t('common.errorTitle'), message: describeError(error, t) }),
      },
    );
  return (
    <Button leftSection={<IconSend size={16} />} onClick={run} loading={sendNow.isPending} data-testid="outbox-send-now">
      {t('outbox.sendNow')}
    </Button>
  );
}

function OutboxRow({ message, onOpen }: { message: OutboxMessageSummary; onOpen: () => void }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Table.Tr data-testid="outbox-row" data-status={message.status}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{format.dateTime(message.createdAt)}</Text>
        <Text size="xs" c="dimmed">
          {t(`outbox.source.${message.source}`)}
        </Text>
      </Table.Td>
      <Table.Td maw={260}>
        <Text size="sm" truncate>
          {message.customerTitle ?? message.to.join(', ')}
        </Text>
        {message.customerTitle && (
          <Text size="xs" c="dimmed" truncate>
            {message.to.join(', ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" onClick={onOpen} ta="left" data-testid="outbox-open">
          {message.subject}
        </Anchor>
        <OutboxFailure message={message} />
      </Table.Td>
      <Table.Td>
        <OutboxStatusBadge status={message.status} />
      </Table.Td>
      <Table.Td>
        <OutboxRowActions message={message} />
      </Table.Td>
    </Table.Tr>
  );
}

const parseFilter = (params: URLSearchParams) => ({ status: oneOf(OUTBOX_STATUSES, params.get('status')) ?? null });
const toParams = (filter: { status: OutboxStatus | null }) => new URLSearchParams(filter.status ? { status: filter.status } : {});

/** Every e-mail Vade sends: waiting for approval, queued, sent or failed with the server's answer. */
export function OutboxPage() {
  const t = useT();
  const [{ status }, setFilter] = useUrlFilter(parseFilter, toParams);
  const list = useOutboxList(status);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Stack gap={0}>
      <PageHeader title={t('outbox.title')} meta={<Text c="dimmed">{t('outbox.intro')}</Text>} actions={<SendNowButton />} />
      <Box mb="md">
        <NoServerBanner />
      </Box>
      <SectionCard title={t('outbox.listTitle')} testId="outbox-list">
        <Stack gap="md">
          <SegmentedControl
            value={status ?? 'all'}
            onChange={(value) => setFilter({ status: oneOf(OUTBOX_STATUSES, value) ?? null })}
            data={[
              { value: 'all', label: t('outbox.filter.all') },
              ...OUTBOX_STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) })),
            ]}
            data-testid="outbox-filter"
            style={{ alignSelf: 'flex-start' }}
          />
          <PagedTable
            query={list}
            emptyText={status ? t('outbox.emptyFiltered') : t('outbox.empty')}
            testId="outbox"
            minWidth={820}
            head={
              <>
                <Table.Th>{t('outbox.col.created')}</Table.Th>
                <Table.Th>{t('outbox.col.to')}</Table.Th>
                <Table.Th>{t('outbox.col.subject')}</Table.Th>
                <Table.Th>{t('outbox.col.status')}</Table.Th>
                <Table.Th ta="right">{t('outbox.col.actions')}</Table.Th>
              </>
            }
            row={(m) => <OutboxRow key={m.id} message={m} onOpen={() => setOpen(m.id)} />}
          />
        </Stack>
      </SectionCard>
      {open !== null && <OutboxMessageModal id={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
