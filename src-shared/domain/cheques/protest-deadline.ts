import { addDays, type BusinessDate } from '../../dates/business-date';

const isWeekend = (date: BusinessDate): boolean => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * The last day a note can be protested for non-payment and keep recourse against its endorsers: the second
 * business day after the due date. Weekends are skipped; Turkish public holidays are not modelled yet.
 */
export function protestDeadline(dueDate: BusinessDate): BusinessDate {
  let date = dueDate;
  let businessDays = 0;
  while (businessDays < 2) {
    date = addDays(date, 1);
    if (!isWeekend(date)) businessDays += 1;
  }
  return date;
}
