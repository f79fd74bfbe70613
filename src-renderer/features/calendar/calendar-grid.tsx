import { Box, LoadingOverlay, Paper } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import type { CalendarItem } from '../../../src-shared/domain/calendar/types';
import { EmptyHint } from '../../components/empty-hint';
import { ErrorState } from '../../components/error-state';
import { useI18n } from '../../i18n/i18n-context';
import classes from './calendar.module.css';
import { daysOf, viewRange } from './calendar-range';
import { DayCell, type DragHandlers } from './day-cell';
import { DayListModal } from './day-list-modal';
import { useCalendarGrid } from './queries';
import { useHolidays } from '../plans/queries';
import type { Holiday } from '../../../src-shared/domain/holidays/schemas';
import { RescheduleDialog, type PendingMove } from './reschedule-dialog';

type Filter = Omit<Parameters<typeof useCalendarGrid>[0], 'from' | 'to'>;

/** Items shown in a day before "+N more": a month cell is small, a week's day is tall. */
const PER_DAY = { month: 3, week: 12 } as const;
/** 2024-01-01 was a Monday: the week's day names in the user's language. */
const MONDAY = Date.UTC(2024, 0, 1);

interface GridProps {
  view: 'month' | 'week';
  day: string;
  today: string;
  filter: Filter;
  /** Said above the grid when nothing is expected in it. */
  emptyText: string;
  /** What leads on from an empty range (the next month, clearing the filters, a new invoice). */
  emptyActions?: ReactNode;
}

/**
 * The month (whole weeks) or the week as a grid of days. Instalments and promises can be dragged to another
 * day, which asks for confirmation first; "+N more" opens the day's full list.
 */
export function CalendarGrid({ view, day, today, filter, emptyText, emptyActions }: GridProps) {
  const { t, locale } = useI18n();
  const range = viewRange(view, day);
  const grid = useCalendarGrid({ ...filter, ...range }, PER_DAY[view]);
  const [dragging, setDragging] = useState<CalendarItem | null>(null);
  const [move, setMove] = useState<PendingMove | null>(null);
  const [moreDay, setMoreDay] = useState<string | null>(null);
  // Holidays of the years the grid spans (a December month view shows the first days of January).
  const firstYear = useHolidays(Number(range.from.slice(0, 4)));
  const lastYear = useHolidays(Number(range.to.slice(0, 4)));
  const holidays = useMemo(() => {
    const byDate = new Map<string, Holiday>();
    for (const holiday of [...(firstYear.data ?? []), ...(lastYear.data ?? [])]) byDate.set(holiday.date, holiday);
    return byDate;
  }, [firstYear.data, lastYear.data]);
  const weekdays = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(MONDAY + i * 86_400_000)));
  }, [locale]);

  if (grid.isError && !grid.data)
    return (
      <ErrorState
        title={t('calendar.loadError')}
        error={grid.error}
        onRetry={() => void grid.refetch()}
        retrying={grid.isRefetching}
      />
    );
  // The previous range's data is kept while the next loads (placeholder): only show what belongs here.
  const current = grid.data && !grid.isPlaceholderData ? grid.data : undefined;
  const summaries = new Map((current?.days ?? []).map((d) => [d.date, d]));
  const itemsByDay = new Map<string, CalendarItem[]>();
  for (const item of current?.items ?? []) itemsByDay.set(item.date, [...(itemsByDay.get(item.date) ?? []), item]);
  const drag: DragHandlers = {
    dragging,
    onDragStart: setDragging,
    onDragEnd: () => setDragging(null),
    onDrop: (item, to) => {
      setDragging(null);
      setMove({ item, to });
    },
  };
  const month = day.slice(0, 7);
  return (
    <Paper withBorder pos="relative" className={view === 'week' ? classes.week : undefined} data-testid={`calendar-${view}`}>
      <LoadingOverlay visible={!current} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      <div className={classes.weekdays} aria-hidden>
        {weekdays.map((name) => (
          <div key={name} className={classes.weekday}>
            {name}
          </div>
        ))}
      </div>
      {current && current.days.length === 0 && (
        <Box px="md" py="sm" bg="gray.0">
          <EmptyHint text={emptyText} actions={emptyActions} testId="calendar-empty" />
        </Box>
      )}
      <div className={classes.grid}>
        {daysOf(range.from, range.to).map((date) => (
          <DayCell
            key={date}
            date={date}
            today={today}
            outside={view === 'month' && date.slice(0, 7) !== month}
            holiday={holidays.get(date)}
            summary={summaries.get(date)}
            items={itemsByDay.get(date) ?? []}
            drag={drag}
            onMore={setMoreDay}
            detailed={view === 'week'}
          />
        ))}
      </div>
      {move && <RescheduleDialog move={move} onClose={() => setMove(null)} />}
      {moreDay && <DayListModal day={moreDay} filter={filter} onClose={() => setMoreDay(null)} />}
    </Paper>
  );
}
