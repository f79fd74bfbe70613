import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCalendarRepeat } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { CalendarDay, CalendarItem } from '../../../src-shared/domain/calendar/types';
import { EmptyHint } from '../../components/empty-hint';
import { ListSkeleton } from '../../components/list-skeleton';
import { ErrorState } from '../../components/error-state';
import { LoadMore } from '../../components/load-more';
import { useFormatters } from '../../i18n/formatters';
import { useI18n } from '../../i18n/i18n-context';
import classes from './calendar.module.css';
import { DayTotals } from './day-totals';
import { itemLabel, KIND_LOOK } from './item-kind';
import { useCalendarList } from './queries';
import { RescheduleDialog, type PendingMove } from './reschedule-dialog';

type ListArgs = Parameters<typeof useCalendarList>[0];

function AgendaRow({ item, onMove }: { item: CalendarItem; onMove: (item: CalendarItem) => void }) {
  const { t } = useI18n();
  const format = useFormatters();
  const navigate = useNavigate();
  const look = KIND_LOOK[item.kind];
  const Icon = look.icon;
  return (
    <Group gap={4} wrap="nowrap" className={classes.agendaRow} data-testid="agenda-item" data-kind={item.kind} data-id={item.id}>
      <UnstyledButton onClick={() => void navigate(item.link)} px="sm" py={6} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="sm" wrap="nowrap">
          <Icon size={18} color={`var(--mantine-color-${look.color}-6)`} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" w={190} truncate>
            {itemLabel(t, item)}
          </Text>
          <Text size="sm" fw={500} style={{ flex: 1 }} truncate>
            {item.customerTitle}
          </Text>
          {item.overdue && (
            <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={12} />} data-testid="overdue-badge">
              {t('calendar.overdue')}
            </Badge>
          )}
          <Text
            size="sm"
            fw={600}
            ta="right"
            w={130}
            c={item.overdue ? 'red.8' : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {format.money(item.amount, item.currency)}
          </Text>
        </Group>
      </UnstyledButton>
      {/* Moving from the list, for those who do not drag (keyboard, screen reader). */}
      <Tooltip label={t('calendar.reschedule.title')} disabled={!item.movable}>
        <ActionIcon
          variant="subtle"
          aria-label={t('calendar.reschedule.title')}
          onClick={() => onMove(item)}
          style={{ visibility: item.movable ? 'visible' : 'hidden' }}
          data-testid="agenda-move"
        >
          <IconCalendarRepeat size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** A day's heading: its weekday and date, how many items, and its totals per currency. */
function DayHeading({ date, day }: { date: string; day: CalendarDay | undefined }) {
  const { t, locale } = useI18n();
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <Group justify="space-between" align="flex-start" px="sm" py={6} bg="gray.0" style={{ borderRadius: 6 }}>
      <Stack gap={0}>
        <Text fw={700} size="sm">
          {weekday.format(new Date(`${date}T00:00:00Z`))}
        </Text>
        {day && (
          <Text size="xs" c="dimmed">
            {day.count === 1 ? t('calendar.oneItem') : t('calendar.count', { count: day.count })}
          </Text>
        )}
      </Stack>
      <DayTotals day={day} />
    </Group>
  );
}

/**
 * Everything expected in a range, day by day, largest first within a day — the agenda view, and the full
 * list of one day behind "+N more". Pages of 200 load on demand; the day totals come with the first page.
 */
export function AgendaList({ args, emptyText, emptyActions }: { args: ListArgs; emptyText: string; emptyActions?: ReactNode }) {
  const { t } = useI18n();
  const list = useCalendarList(args);
  const [move, setMove] = useState<PendingMove | null>(null);
  if (list.isPending) return <ListSkeleton testId="agenda-loading" />;
  if (list.isError && !list.data)
    return (
      <ErrorState
        title={t('calendar.loadError')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isRefetching}
      />
    );
  const items = list.data.pages.flatMap((page) => page.items);
  const days = new Map((list.data.pages[0]?.days ?? []).map((day) => [day.date, day]));
  if (items.length === 0)
    return (
      <Paper withBorder p="lg">
        <EmptyHint text={emptyText} actions={emptyActions} testId="agenda-empty" />
      </Paper>
    );
  const groups = new Map<string, CalendarItem[]>();
  for (const item of items) groups.set(item.date, [...(groups.get(item.date) ?? []), item]);
  return (
    <Stack gap="md" data-testid="agenda">
      {[...groups].map(([date, dayItems]) => (
        <Paper key={date} withBorder p={4} data-testid="agenda-day" data-date={date}>
          <DayHeading date={date} day={days.get(date)} />
          <Stack gap={0} mt={4}>
            {dayItems.map((item) => (
              <AgendaRow key={`${item.kind}-${item.id}`} item={item} onMove={(moving) => setMove({ item: moving, to: null })} />
            ))}
          </Stack>
        </Paper>
      ))}
      <LoadMore query={list} testId="agenda-more" />
      {move && <RescheduleDialog move={move} onClose={() => setMove(null)} />}
    </Stack>
  );
}
