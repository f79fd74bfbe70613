import { UnstyledButton } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import type { CalendarDay, CalendarItem } from '../../../src-shared/domain/calendar/types';
import type { Holiday } from '../../../src-shared/domain/holidays/schemas';
import { useT } from '../../i18n/i18n-context';
import { CalendarItemChip } from './calendar-item-chip';
import classes from './calendar.module.css';
import { DayTotals } from './day-totals';

export interface DragHandlers {
  dragging: CalendarItem | null;
  onDragStart: (item: CalendarItem) => void;
  onDragEnd: () => void;
  /** An item was dropped on this day. */
  onDrop: (item: CalendarItem, day: string) => void;
}

interface DayCellProps {
  date: string;
  today: string;
  /** Outside the month shown: drawn quieter. */
  outside: boolean;
  summary: CalendarDay | undefined;
  items: CalendarItem[];
  drag: DragHandlers;
  onMore: (day: string) => void;
  detailed: boolean;
  /** A public holiday, half day or company closure on this day. */
  holiday?: Holiday;
}

/** Saturday and Sunday: business dates are read at UTC midnight, so the weekday never shifts. */
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** One day of the grid: its number, totals per currency, the first items and "+N more", and a drop target. */
export function DayCell({ date, today, outside, summary, items, drag, onMore, detailed, holiday }: DayCellProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  // A promise cannot move to a past day (the backend refuses it too): such days do not take the drop.
  const canDrop = drag.dragging !== null && drag.dragging.date !== date && !(drag.dragging.kind === 'promise' && date < today);
  const hidden = (summary?.count ?? 0) - items.length;
  const weekend = isWeekend(date);
  // A half day is still a business day (the morning): marked, but not shaded as closed.
  const closed = weekend || (holiday !== undefined && holiday.kind !== 'half_day');
  const className = [
    classes.cell,
    outside ? classes.outside : '',
    closed ? classes.closed : '',
    over && canDrop ? classes.dropTarget : '',
  ].join(' ');
  return (
    <div
      className={className}
      data-testid="calendar-day"
      data-date={date}
      data-weekend={weekend || undefined}
      data-holiday={holiday ? holiday.kind : undefined}
      title={holiday ? `${holiday.name} · ${t(`holidays.kind.${holiday.kind}`)}` : undefined}
      onDragOver={(event: DragEvent) => {
        if (!canDrop) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        if (drag.dragging && canDrop) drag.onDrop(drag.dragging, date);
      }}
    >
      <div className={classes.dayHead}>
        <span className={`${classes.dayNumber} ${date === today ? classes.today : ''}`}>{Number(date.slice(8))}</span>
        <DayTotals day={summary} />
      </div>
      {holiday && (
        <div className={classes.holidayName} data-testid="calendar-holiday">
          {holiday.name}
        </div>
      )}
      {items.map((item) => (
        <CalendarItemChip
          key={`${item.kind}-${item.id}`}
          item={item}
          detailed={detailed}
          onDragStart={drag.onDragStart}
          onDragEnd={drag.onDragEnd}
        />
      ))}
      {hidden > 0 && (
        <UnstyledButton fz="xs" fw={600} c="blue.7" px={4} onClick={() => onMore(date)} data-testid="calendar-more">
          {t('calendar.more', { count: hidden })}
        </UnstyledButton>
      )}
    </div>
  );
}
