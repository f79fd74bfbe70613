import type { AppEvent } from '../../../src-shared/contract/events';
import type { RunSummary } from './reminder-engine';

/**
 * What a reminder run (the scheduler's or "run now") tells the windows: what it made, so the outbox (its badge
 * too) and Today refresh, and `queued` wakes the sender at once instead of at its next minute.
 */
export function runEvents(summary: Pick<RunSummary, 'emails' | 'approvals' | 'tasks'>): AppEvent[] {
  const { emails, approvals, tasks } = summary;
  if (emails + approvals + tasks === 0) return [];
  const events: AppEvent[] = [{ type: 'reminders/produced', emails, approvals, tasks }];
  if (emails + approvals > 0) events.push({ type: 'outbox/changed', queued: emails > 0 });
  if (tasks > 0) events.push({ type: 'today/changed' });
  return events;
}
