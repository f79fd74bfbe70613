import { IconAlertTriangle } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { Link } from 'react-router';
import type { CalendarItem } from '../../../src-shared/domain/calendar/types';
import { useFormatters } from '../../i18n/formatters';
import { useT } from '../../i18n/i18n-context';
import classes from './calendar.module.css';
import { itemLabel, KIND_LOOK } from './item-kind';

interface ChipProps {
  item: CalendarItem;
  /** Set where items can be dragged to another day (month and week views). */
  onDragStart?: (item: CalendarItem) => void;
  onDragEnd?: () => void;
  /** Also say what it is ("Fatura DMO-12"): the week view has the room. */
  detailed?: boolean;
}

/**
 * One expected item as a small link: its kind's icon and colour, the customer, the amount. An overdue one is
 * red and carries a warning icon (not colour alone); a movable one can be dragged (the cursor says so).
 */
export function CalendarItemChip({ item, onDragStart, onDragEnd, detailed = false }: ChipProps) {
  const t = useT();
  const format = useFormatters();
  const look = KIND_LOOK[item.kind];
  const Icon = item.overdue ? IconAlertTriangle : look.icon;
  const label = itemLabel(t, item);
  const amount = format.money(item.amount, item.currency);
  const draggable = item.movable && onDragStart !== undefined;
  const describe = [label, item.customerTitle, amount, item.overdue ? t('calendar.overdue') : null].filter(Boolean).join(' · ');
  return (
    <Link
      to={item.link}
      className={`${classes.chip} ${item.overdue ? classes.overdue : ''}`}
      // An overdue item takes the red of `.overdue` instead of its kind's colour.
      style={
        item.overdue
          ? undefined
          : ({
              '--chip-color': `var(--mantine-color-${look.color}-6)`,
              '--chip-bg': `var(--mantine-color-${look.color}-0)`,
            } as object)
      }
      title={describe}
      aria-label={describe}
      draggable={draggable}
      onDragStart={(event: DragEvent) => {
        if (!draggable) return event.preventDefault();
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', `${item.kind}:${item.id}`);
        onDragStart(item);
      }}
      onDragEnd={onDragEnd}
      data-testid="calendar-item"
      data-kind={item.kind}
      data-id={item.id}
      data-overdue={item.overdue || undefined}
    >
      <span className={classes.chipLine}>
        <Icon size={14} style={{ flexShrink: 0 }} aria-hidden />
        <span className={classes.chipAmount}>{amount}</span>
      </span>
      <span className={classes.chipText}>{item.customerTitle}</span>
      {detailed && <span className={classes.chipText}>{label}</span>}
    </Link>
  );
}
