import type { Kysely } from 'kysely';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { EventHub } from '../../core/events';
import type { BackgroundService } from '../../core/services';
import {
  reminderSchedulerService,
  type ReminderScheduler,
  type ReminderSchedulerOptions,
} from '../../scheduler/reminder-scheduler';
import type { Database } from '../../store/schema';

/**
 * The reminders' background service: the scheduler, on unless turned off (`false`), and off by default for the
 * CLI (one-shot calls; `reminders/run-now` runs it by hand).
 */
export function remindersServices(deps: {
  mode: RunMode;
  db: () => Kysely<Database>;
  events: EventHub;
  now: () => Date;
  scheduler: ReminderSchedulerOptions | false | undefined;
}): (ReminderScheduler & BackgroundService) | null {
  const options = deps.scheduler ?? (deps.mode === 'cli' ? false : {});
  return options === false ? null : reminderSchedulerService(deps.db, deps.events, { now: deps.now, ...options });
}
