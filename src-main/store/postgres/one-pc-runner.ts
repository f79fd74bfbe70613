import type pg from 'pg';
import type { BackgroundService } from '../../core/services';
import type { Store } from '../open-store';
import { dedicatedClient } from './dedicated-client';

/** Any constant of our own (the migrator's lock is …301): the PC holding it runs the company's daily jobs. */
export const RUNNER_LOCK = 7_246_517_302;
const RETRY_MS = 5_000;

export interface OnePcRunner {
  /**
   * The service, run only while this PC holds the company's runner lock: on a PostgreSQL server several PCs open
   * the company, and the reminder scheduler and the daily refresh must run on one of them at a time. On SQLite (one
   * PC) the service itself.
   */
  gate(service: BackgroundService | null): BackgroundService | null;
  /** Whether this PC runs the gated services now (always true on SQLite). */
  readonly holding: boolean;
}

/**
 * The runner lock is a session advisory lock (`pg_try_advisory_lock`) taken on a connection of its own and held
 * while this PC is the runner. When that PC closes (or crashes, or loses the network) its session ends and the
 * server releases the lock; the others try again every `retryMs` and the first to get it starts the services.
 * Losing the connection stops them here at once, so two PCs never both believe they are the runner for long
 * (and what they write is serializable anyway: the day markers and reminder steps make a second run a no-op).
 */
export function onePcRunner(store: () => Store, options: { retryMs?: number } = {}): OnePcRunner {
  if (store().kind !== 'postgres') return { gate: (service) => service, holding: true };
  const retryMs = options.retryMs ?? RETRY_MS;
  const enlisted: BackgroundService[] = [];
  const running = new Set<BackgroundService>();
  let client: pg.Client | null = null;
  let holding = false;
  let timer: NodeJS.Timeout | null = null;
  let attempt: Promise<void> = Promise.resolve();

  const startServices = async () => {
    for (const service of enlisted) {
      if (running.has(service)) continue;
      running.add(service);
      try {
        await service.start();
      } catch (error) {
        console.error('A background service failed to start on the runner PC', error);
      }
    }
  };
  const stopServices = async () => {
    for (const service of [...running].reverse()) {
      running.delete(service);
      await Promise.resolve(service.stop()).catch((error: unknown) =>
        console.error('Stopping a background service failed', error),
      );
    }
  };

  const drop = (session: pg.Client) => {
    if (client !== session) return;
    client = null;
    void session.end().catch(() => undefined);
    if (holding) {
      holding = false;
      attempt = attempt.then(stopServices);
    }
    schedule();
  };

  const tryToRun = async () => {
    if (enlisted.length === 0 || holding) return;
    try {
      if (!client) {
        const session = dedicatedClient(store(), 'runner');
        if (!session) return;
        session.on('error', () => drop(session));
        session.on('end', () => drop(session));
        client = session;
        await session.connect();
      }
      const { rows } = await client.query<{ got: boolean }>('select pg_try_advisory_lock($1) as got', [RUNNER_LOCK]);
      if (rows[0]?.got === true || (rows[0]?.got as unknown) === 1) {
        holding = true;
        await startServices();
        return;
      }
    } catch {
      if (client) drop(client);
      return;
    }
    schedule();
  };

  function schedule() {
    if (timer || enlisted.length === 0) return;
    timer = setTimeout(() => {
      timer = null;
      attempt = attempt.then(tryToRun);
    }, retryMs);
    timer.unref();
  }

  const withdraw = async (service: BackgroundService) => {
    enlisted.splice(enlisted.indexOf(service), 1);
    if (running.delete(service)) await service.stop();
    if (enlisted.length > 0) return;
    if (timer) clearTimeout(timer);
    timer = null;
    holding = false;
    const session = client;
    client = null;
    // Ending the session releases the lock: the next PC takes over on its next try.
    await session?.end().catch(() => undefined);
  };

  return {
    gate(service) {
      if (!service) return null;
      return {
        async start() {
          enlisted.push(service);
          attempt = attempt.then(() => (holding ? startServices() : tryToRun()));
          await attempt;
        },
        async stop() {
          await attempt;
          attempt = attempt.then(() => withdraw(service));
          await attempt;
        },
      };
    },
    get holding() {
      return holding;
    },
  };
}
