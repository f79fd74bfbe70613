import { closedDaysOf, type ClosedDays } from '../../../src-shared/dates/business-days';
import type { Db } from '../../store/schema';

/**
 * The closed days of the holiday list. The table holds a few dozen rows a year, so every reader takes the
 * whole list: the plans' business-day moves, the protest deadline, the reminder scheduler.
 */
export async function loadClosedDays(db: Db): Promise<ClosedDays> {
  return closedDaysOf(await db.selectFrom('holidays').select(['date', 'kind']).execute());
}
