import type { BackupService } from './backup-service';

const FIRST_CHECK_MS = 5 * 60_000; // not while the app is starting: the user came to work
const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Automatic backups: an hourly look makes one when the schedule says one is due (daily by default), and
 * closing the app makes one if none was made today. Failures are logged, never thrown at the user's work.
 */
export class BackupScheduler {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> = Promise.resolve();

  constructor(private readonly backups: BackupService) {}

  start(): void {
    const tick = () => {
      void this.runIfDue();
      this.#timer = setTimeout(tick, CHECK_EVERY_MS).unref();
    };
    this.#timer = setTimeout(tick, FIRST_CHECK_MS).unref();
  }

  /** Makes an automatic backup when one is due; one at a time. */
  runIfDue(): Promise<unknown> {
    this.#running = this.#running.then(async () => {
      if (!this.backups.due()) return null;
      try {
        return await this.backups.create('auto');
      } catch (error) {
        console.error('Automatic backup failed', error);
        return null;
      }
    });
    return this.#running;
  }

  /** On close: stop the timer and back up if none today. */
  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.runIfDue();
  }
}
