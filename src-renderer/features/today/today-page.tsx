import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { LoadMore } from '../../components/load-more';
import { PageHeader } from '../../components/page-header';
import { QueryBody } from '../../components/query-body';
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
      <Table.Td maw={280}>
        <Anchor component={Link} to={`/customers/${item.customerId}`} fw={600} size="sm">
          {item.customerTitle}
        </Anchor>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.customerCode}
          {item.phone && ` · ${item.phone}`}
        </Text>
      </Table.Td>
      <Table.Td miw={320}>
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
  const items = list.data?.pages.flatMap((p) => p.items);
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
        <QueryBody
          query={{ ...list, data: items }}
          errorTitle={t('common.errorTitle')}
          emptyText={t('today.empty')}
          isEmpty={(rows) => rows.length === 0}
          testId="today"
          rows={6}
        >
          {(rows) => (
            <Stack gap="sm">
              <Table.ScrollContainer minWidth={900}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="today-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('today.col.customer')}</Table.Th>
                      <Table.Th>{t('today.col.why')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('today.col.overdue')}</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>{t('today.col.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((item) => (
                      <TodayRow key={item.key} item={item} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <LoadMore query={list} testId="today-load-more" />
            </Stack>
          )}
        </QueryBody>
      </SectionCard>
    </Stack>
  );
}
