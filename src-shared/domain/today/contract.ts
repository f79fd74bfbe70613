import { mutation, query } from '../../contract/method';
import { todayCompleteInput, todayListInput, todaySkipInput } from './schemas';
import type { TodayList } from './types';

export const todayContract = {
  'today/list': query<TodayList>()(
    todayListInput,
    "The collector's worklist: tasks due, broken promises and overdue customers, broken promises first, then by risk × amount × days",
    { fresh: ['planStatus', 'riskSegments', 'customerFigures'] },
  ),
  'today/complete': mutation<{ done: true }>()(
    todayCompleteInput,
    'Log what was done for a row (call outcome, promise, message sent) on the timeline and take it off today',
  ),
  'today/skip': mutation<{ skipped: true }>()(todaySkipInput, 'Take a row off today without doing it', {
    unaudited: 'Marks a worklist row skipped for today; no customer, ledger or message record changes',
  }),
};
