import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { TodayItem } from '../../../src-shared/domain/today/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import { SEGMENT_COLOR } from '../collections/risk/risk-explanation';

const WEIGHT = { A: 1, B: 2, C: 3, D: 4 } as const;

/** Why the customer is on today's list: the task and its level, a broken promise, how late and the risk. */
export function TodayReason({ item }: { item: TodayItem }) {
  const t = useT();
  const format = useFormatters();
  return (
    <Stack gap={4}>
      <Group gap={6}>
        <Badge
          size="sm"
          tt="none"
          variant={item.reason === 'broken_promise' ? 'filled' : 'light'}
          color={item.reason === 'broken_promise' ? 'red' : item.reason === 'task' ? 'violet' : 'orange'}
          data-testid="today-reason"
          data-reason={item.reason}
        >
          {t(`today.reason.${item.reason}`)}
        </Badge>
        <Badge size="sm" tt="none" variant="outline" color="gray">
          {t(`today.channel.${item.channel}`)}
          {item.level !== null && item.level > 0 && ` · ${t('today.level', { level: item.level })}`}
        </Badge>
        <Tooltip
          multiline
          w={340}
          label={t('today.scoreHelp', {
            score: format.number(Math.round(item.score)),
            weight: WEIGHT[item.segment],
            share: format.percent(Math.round(item.overdueShare * 1000) / 10),
            days: item.daysOverdue,
          })}
        >
          <Badge
            size="sm"
            tt="none"
            variant="light"
            color={SEGMENT_COLOR[item.segment]}
            style={{ cursor: 'help' }}
            data-testid="today-score"
          >
            {t('today.segment', { segment: item.segment })}
          </Badge>
        </Tooltip>
      </Group>
      {item.title && <Text size="sm">{item.title}</Text>}
      {item.brokenPromise && (
        <Text size="xs" c="red.8">
          {t('today.brokenPromise', {
            amount: format.money(item.brokenPromise.amount, item.brokenPromise.currency),
            date: format.date(item.brokenPromise.promisedDate),
          })}
        </Text>
      )}
      {item.daysOverdue > 0 && (
        <Text size="xs" c="dimmed">
          {t('today.daysOverdue', { days: item.daysOverdue })}
        </Text>
      )}
    </Stack>
  );
}
