import type { CalendarDay } from '../../../src-shared/domain/calendar/types';
import { useFormatters } from '../../i18n/formatters';
import classes from './calendar.module.css';

/** A day's expected total in each currency, one line each (currencies are never added together). */
export function DayTotals({ day }: { day: CalendarDay | undefined }) {
  const format = useFormatters();
  if (!day) return null;
  return (
    <div className={classes.totals} data-testid="day-totals">
      {day.totals.map((total) => (
        <div key={total.currency} data-currency={total.currency}>
          {format.money(total.amount, total.currency)}
        </div>
      ))}
    </div>
  );
}
