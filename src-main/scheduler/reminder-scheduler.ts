import type { Kysely } from 'kysely';
import { todayLocal } from '../../src-shared/dates/business-date';
import type { EventHub } from '../core/events';
import type { BackgroundService } from '../core/services';
import { runReminders, type RunSummary, type RunTrigger } from '../features/reminders/reminder-engine';
import { runEvents } from '../features/reminders/run-events';
import { readSchedule } from '../features/reminders/schedule-settings';
import type { Database } from '../store/schema';
import { writerTransaction } from '../store/postgres/writer-transaction';
import { isBusinessDay } from '../../src-shared/dates/business-days';
import { loadClosedDays } from '../features/holidays/holidays-repo';
import { localClock } from './business-calendar';
import { AppError } from '../../src-shared/contract/errors';
import { COMPANY_REQUIRED_KEY } from '../features/company-profile/company-guard';

export interface ReminderSchedulerOptions {
  /** Between automatic runs; an hour by default. */
  intervalMs?: number;
  /** The clock (tests move it). */
  now?: () => Date;
  /** Customers per run; what is left runs again shortly after, each part in its own short transaction. */
  maxCustomersPerRun?: number;
  nextPartMs?: number;
}

export type TickResult = { status: 'done'; summary: RunSummary } | { status: 'skipped_hours' | 'skipped_holiday' | 'failed' };

export interface ReminderScheduler {
  /** One automatic run now, as the timer would make it. */
  tick(trigger?: RunTrigger): Promise<TickResult>;
  stop(): Promise<void>;
}

const HOUR = 3_600_000;
const PART = 200;
const NEXT_PART_MS = 2_000;

/**
 * Runs the reminders on start and then every interval, in plain Node (no window needed). A run happens only
 * on a business day within business hours; a skipped day is caught up by the next run, which sends each
 * invoice's latest step once. Every run is recorded, a skip once per day and reason.
 */
export function startReminderScheduler(
  /** The open company's database, read at each run (a restore or a company switch replaces it). */
  database: () => Kysely<Database>,
  events: EventHub,
  options: ReminderSchedulerOptions = {},
): ReminderScheduler {
  const clock = options.now ?? (() => new Date());
  let running: Promise<TickResult> | null = null;
  let stopped = false;
  const parts = new Set<ReturnType<typeof setTimeout>>();

  const recordSkip = async (
    today: string,
    trigger: RunTrigger,
    status: 'skipped_hours' | 'skipped_holiday' | 'failed',
    error: string | null,
  ) => {
    const last = await database()
      .selectFrom('reminder_runs')
      .select(['run_date', 'status'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (status !== 'failed' && last?.run_date === today && last.status === status) return;
    const at = clock().toISOString();
    await database()
      .insertInto('reminder_runs')
      .values({
        run_date: today,
        trigger,
        status,
        started_at: at,
        finished_at: at,
        customers: 0,
        emails: 0,
        approvals: 0,
        tasks: 0,
        error,
      })
      .execute();
  };

  const run = async (trigger: RunTrigger): Promise<TickResult> => {
    const now = clock();
    const today = todayLocal(now);
    try {
      // Weekends and the holiday list are closed; a half-day arife is worked, as for plans and protest deadlines.
      if (!isBusinessDay(today, await loadClosedDays(database()))) {
        await recordSkip(today, trigger, 'skipped_holiday', null);
        return { status: 'skipped_holiday' };
      }
      const hours = await readSchedule(database());
      const time = localClock(now);
      if (time < hours.businessHoursStart || time >= hours.businessHoursEnd) {
        await recordSkip(today, trigger, 'skipped_hours', null);
        return { status: 'skipped_hours' };
      }
      const summary = await writerTransaction({ db: database() }, (trx) =>
        runReminders(trx, { today, trigger, now, maxCustomers: options.maxCustomersPerRun ?? PART }),
      );
      if (summary.remaining > 0 && !stopped) {
        // The rest goes in the next part, after other writers had their turn.
        const next = setTimeout(() => {
          parts.delete(next);
          void tick(trigger);
        }, options.nextPartMs ?? NEXT_PART_MS);
        next.unref?.();
        parts.add(next);
      }
      for (const event of runEvents(summary)) events.publish(event);
      return { status: 'done', summary };
    } catch (error) {
      // A company with no name yet is a known state (the run list says what to do), not a crash to log.
      const companyMissing = error instanceof AppError && error.issues?.some((i) => i.key === COMPANY_REQUIRED_KEY);
      if (!companyMissing) console.error('Reminder run failed', error);
      await recordSkip(today, trigger, 'failed', (error as Error).message).catch(() => undefined);
      return { status: 'failed' };
    }
  };

  const tick = (trigger: RunTrigger = 'interval'): Promise<TickResult> => {
    // One run at a time: a tick while one runs waits for it instead of starting a second.
    running ??= run(trigger).finally(() => {
      running = null;
    });
    return running;
  };

  const startup = tick('startup');
  const timer = setInterval(() => {
    if (!stopped) void tick('interval');
  }, options.intervalMs ?? HOUR);
  timer.unref?.();

  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      for (const part of parts) clearTimeout(part);
      await startup.catch(() => undefined);
      await running?.catch(() => undefined);
    },
  };
}

/**
 * The reminders' background service: the scheduler starts with the backend (its first run then) and stops with it.
 * `tick` is the same run on demand once it has started.
 */
export function reminderSchedulerService(
  database: () => Kysely<Database>,
  events: EventHub,
  options: ReminderSchedulerOptions = {},
): ReminderScheduler & BackgroundService {
  let started: ReminderScheduler | null = null;
  return {
    start() {
      started = startReminderScheduler(database, events, options);
    },
    tick(trigger) {
      if (!started) throw new Error('The reminder scheduler has not started');
      return started.tick(trigger);
    },
    async stop() {
      await started?.stop();
      started = null;
    },
  };
}
