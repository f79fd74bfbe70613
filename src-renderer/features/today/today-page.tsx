import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { PageHeader } from '../../components/page-header';
import { PagedTable } from '../../components/paged-table';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { useTodayList } from './queries';
import { TodayReason } from './today-reason';
import { TodayRowActions } from './today-row-actions';

function TodayRow({ item }: { item: TodayItem }) {
  const format = useFormatters();
  return (
    <Table.Tr data-testid="today-row" data-customer={item.customerTitle}>
      <Table.Td maw={260}>
        <Anchor component={Link} to={`/customers/${item.customerId}`} fw={600} size="sm">
          {item.customerTitle}
        </Anchor>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.customerCode}
        </Text>
        {item.phone && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {item.phone}
          </Text>
        )}
      </Table.Td>
      <Table.Td miw={260}>
        <TodayReason item={item} />
      </Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {item.overdue.map((o) => (
          <Text key={o.currency} size="sm" fw={600}>
            {format.money(o.amount, o.currency)}
          </Text>
        ))}
      </Table.Td>
      <Table.Td>
        <TodayRowActions item={item} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The collector's worklist: who to call, message or visit today, most important first. */
export function TodayPage() {
  const t = useT();
  const list = useTodayList();
  const total = list.data?.pages[0]?.total;
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('today.title')}
        meta={
          <Text c="dimmed" maw={760}>
            {t('today.intro')}
          </Text>
        }
      />
      <SectionCard title={total === undefined ? t('today.title') : t('today.count', { count: total })} testId="today-list">
        <PagedTable
          query={list}
          emptyText={t('today.empty')}
          emptyActions={
            <>
              <Button component={Link} to="/calendar" variant="default" size="xs" data-testid="today-open-calendar">
                {t('empty.openCalendar')}
              </Button>
              <Button component={Link} to="/customers" variant="subtle" size="xs">
                {t('empty.customers')}
              </Button>
            </>
          }
          testId="today"
          minWidth={900}
          head={
            <>
              <Table.Th>{t('today.col.customer')}</Table.Th>
              <Table.Th>{t('today.col.why')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('today.col.overdue')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('today.col.actions')}</Table.Th>
            </>
          }
          row={(item) => <TodayRow key={item.key} item={item} />}
        />
      </SectionCard>
    </Stack>
  );
}
