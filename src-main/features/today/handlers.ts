import type { DomainHandlers } from '../../core/registry';
import { completeRow, skipRow } from './today-actions';
import { todayList } from './today-list';

export const todayHandlers: DomainHandlers<'today'> = {
  'today/list': (input, { db, now }) => todayList(db, now(), input),
  'today/complete': completeRow,
  'today/skip': skipRow,
};
