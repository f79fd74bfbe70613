import type { EventHub } from '../../core/events';

const PROGRESS_EVERY_MS = 100;
/** Rows between looks at the clock and the cancel flag; a yield lets a cancel request in. */
const YIELD_EVERY_ROWS = 2000;

export interface ImportJob {
  readonly cancelled: boolean;
  /** Every few thousand rows: reports progress (at most every 100 ms) and gives a cancel request a turn. */
  tick(phase: 'validate' | 'write', done: number, total: number): Promise<void>;
}

/** Running imports by job id: progress events for their windows, and a cancel flag the loop reads. */
export class ImportJobs {
  readonly #running = new Map<string, { cancelled: boolean }>();

  constructor(private readonly events: EventHub) {}

  async run<T>(jobId: string | undefined, work: (job: ImportJob) => Promise<T>): Promise<T> {
    const id = jobId ?? `import-${Date.now()}`;
    const state = { cancelled: false };
    this.#running.set(id, state);
    let lastPush = 0;
    const job: ImportJob = {
      get cancelled() {
        return state.cancelled;
      },
      tick: async (phase, done, total) => {
        if (done % YIELD_EVERY_ROWS !== 0) return;
        const at = Date.now();
        if (at - lastPush >= PROGRESS_EVERY_MS) {
          lastPush = at;
          this.events.publish({ type: 'imports/progress', jobId: id, phase, done, total });
        }
        await new Promise((resolve) => setImmediate(resolve));
      },
    };
    try {
      return await work(job);
    } finally {
      this.#running.delete(id);
    }
  }

  cancel(jobId: string): boolean {
    const state = this.#running.get(jobId);
    if (state) state.cancelled = true;
    return state !== undefined;
  }
}
