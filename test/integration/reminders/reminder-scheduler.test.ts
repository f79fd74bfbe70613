import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/backend';
import type { AppEvent } from '../../../src-shared/contract/events';
import { call } from '../../support/test-backend';
import { tempDir } from '../../support/temp-dir';
import { invoice, outbox, remindable, setUpReminders } from './reminder-fixture';

const opened: Backend[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

/** A backend whose scheduler reads a clock the test moves; its own timer is far away unless asked. */
async function scheduled(clock: { now: Date }, intervalMs = 3_600_000) {
  const dataDir = tempDir();
  // Set the company up first with the scheduler off, so the start-up run sees the data.
  const setup = await openBackend({ dataDir, mode: 'cli' });
  await setUpReminders(setup);
  const c = await remindable(setup);
  await invoice(setup, c.id, 'S-1', '2026-11-20');
  await setup.close();
  const b = await openBackend({ dataDir, mode: 'browser', reminderScheduler: { intervalMs, now: () => clock.now } });
  opened.push(b);
  return b;
}

const runs = (b: Backend) =>
  b.store.db.selectFrom('reminder_runs').select(['run_date', 'trigger', 'status', 'emails']).orderBy('id').execute();

describe('reminder scheduler', () => {
  it('runs on start on a business day within hours, and records every run', async () => {
    const clock = { now: new Date(2026, 10, 23, 10, 0) }; // Monday 23 November, 10:00 local
    const b = await scheduled(clock);
    expect(await b.scheduler!.tick()).toMatchObject({ status: 'done' }); // waits for the start-up run, or runs again
    const events: AppEvent[] = [];
    b.events.subscribe((e) => events.push(e));
    expect(await runs(b)).toEqual(
      expect.arrayContaining([{ run_date: '2026-11-23', trigger: 'startup', status: 'done', emails: 1 }]),
    );
    expect((await outbox(b)).map((m) => m.subject)).toEqual(['1. hatırlatma: vadesi geçmiş ödeme — Anadolu Yapı Ltd. Şti.']);
    // A later tick the same day finds nothing new.
    clock.now = new Date(2026, 10, 23, 15, 0);
    expect(await b.scheduler!.tick()).toMatchObject({ status: 'done', summary: { emails: 0 } });
    expect(await outbox(b)).toHaveLength(1);
    expect(events.filter((e) => e.type === 'reminders/produced')).toEqual([]);
  });

  it('skips weekends, holidays and hours outside business hours (once per day), then catches up', async () => {
    const clock = { now: new Date(2026, 10, 21, 11, 0) }; // Saturday
    const b = await scheduled(clock);
    const events: AppEvent[] = [];
    b.events.subscribe((e) => events.push(e));
    expect(await b.scheduler!.tick()).toEqual({ status: 'skipped_holiday' });
    await b.store.db.insertInto('holidays').values({ date: '2026-11-23', name: 'Şirket tatili', kind: 'company' }).execute();
    clock.now = new Date(2026, 10, 23, 11, 0);
    expect(await b.scheduler!.tick()).toEqual({ status: 'skipped_holiday' });
    clock.now = new Date(2026, 10, 24, 7, 30);
    expect(await b.scheduler!.tick()).toEqual({ status: 'skipped_hours' });
    expect(await b.scheduler!.tick()).toEqual({ status: 'skipped_hours' });
    await call(b, 'reminders/save-schedule', { businessHoursStart: '07:00', businessHoursEnd: '17:00' });
    expect(await b.scheduler!.tick()).toMatchObject({ status: 'done', summary: { emails: 1 } });
    expect(await runs(b)).toEqual([
      { run_date: '2026-11-21', trigger: 'startup', status: 'skipped_holiday', emails: 0 },
      { run_date: '2026-11-23', trigger: 'interval', status: 'skipped_holiday', emails: 0 },
      { run_date: '2026-11-24', trigger: 'interval', status: 'skipped_hours', emails: 0 },
      { run_date: '2026-11-24', trigger: 'interval', status: 'done', emails: 1 },
    ]);
    expect(events).toEqual([
      { type: 'reminders/changed' }, // the schedule was saved
      { type: 'reminders/produced', emails: 1, approvals: 0, tasks: 0 },
      // The outbox (and its badge) refreshes, and the sender is woken instead of waiting for its next minute.
      { type: 'outbox/changed', queued: true },
    ]);
    // Missed due day and +3 both ran as one message, the latest (+3) step.
    expect((await outbox(b)).map((m) => m.subject.split(':')[0])).toEqual(['1. hatırlatma']);
  });

  it('does a large run in parts, each its own short transaction, until everyone is reminded', async () => {
    const clock = { now: new Date(2026, 10, 23, 10, 0) };
    const dataDir = tempDir();
    const setup = await openBackend({ dataDir, mode: 'cli' });
    await setUpReminders(setup);
    for (const [i, name] of ['Bir', 'İki', 'Üç'].entries()) {
      const c = await remindable(setup, `${name} Ltd.`, `musteri${i}@example.com`);
      await invoice(setup, c.id, `${name}-1`, '2026-11-20');
    }
    await setup.close();
    const b = await openBackend({
      dataDir,
      mode: 'browser',
      reminderScheduler: { now: () => clock.now, maxCustomersPerRun: 1, nextPartMs: 10 },
    });
    opened.push(b);
    await expect.poll(async () => (await outbox(b)).length, { timeout: 5000 }).toBe(3);
    const done = (await runs(b)).filter((r) => r.status === 'done');
    expect(done.slice(0, 3).map((r) => r.emails)).toEqual([1, 1, 1]);
  });

  it('runs again on its own timer and stops on close', async () => {
    const clock = { now: new Date(2026, 10, 23, 10, 0) };
    const b = await scheduled(clock, 25);
    await expect
      .poll(async () => (await runs(b)).filter((r) => r.trigger === 'interval').length, { timeout: 5000 })
      .toBeGreaterThan(1);
    const file = b.session.file;
    await b.close();
    opened.splice(opened.indexOf(b), 1);
    // Closed: no timer, no next part and no run in flight may record anything more, even after many intervals.
    const recorded = () => {
      const db = new BetterSqlite3(file, { readonly: true });
      try {
        return db.prepare('select count(*) from reminder_runs').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const atClose = recorded();
    expect(atClose).toBeGreaterThan(2);
    // A run after close would fail on the closed connection and say so: nothing may even try.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await new Promise((resolve) => setTimeout(resolve, 25 * 12));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    expect(recorded()).toBe(atClose);
  });
});
