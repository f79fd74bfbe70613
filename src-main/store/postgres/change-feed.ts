import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import type { AppEvent, AppEventType } from '../../../src-shared/contract/events';
import type { EventHub } from '../../core/events';
import type { BackgroundService } from '../../core/services';
import type { Store } from '../open-store';
import { dedicatedClient } from './dedicated-client';

export const EVENTS_CHANNEL = 'vade_events';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; ids beyond this many per event go in further ones. */
const PAYLOAD_LIMIT = 7_000;
const IDS_PER_EVENT = 400;
const RECONNECT_MS = [250, 1_000, 2_000, 5_000];

/** What concerns only this PC: its own windows' jobs, its own company swap, its own worker. */
const LOCAL_ONLY = new Set<AppEventType>([
  'store/replaced',
  'statements/progress',
  'imports/progress',
  'dashboard/backtest-ready',
  'companies/copy-progress',
]);

interface Envelope {
  /** The backend that published the events (each skips its own). */
  o: string;
  e: AppEvent[];
}

/** An event listing many ids becomes several, so every NOTIFY stays under the server's payload limit. */
function split(event: AppEvent): AppEvent[] {
  const key = 'customerIds' in event ? 'customerIds' : 'ids' in event ? 'ids' : null;
  const ids = key ? ((event as unknown as Record<string, number[]>)[key] ?? []) : [];
  if (!key || ids.length <= IDS_PER_EVENT) return [event];
  const parts: AppEvent[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_EVENT)
    parts.push({ ...event, [key]: ids.slice(i, i + IDS_PER_EVENT) } as AppEvent);
  return parts;
}

export function notifyPayloads(origin: string, events: readonly AppEvent[]): string[] {
  const payloads: string[] = [];
  let batch: AppEvent[] = [];
  for (const event of events.flatMap(split)) {
    if (batch.length > 0 && JSON.stringify({ o: origin, e: [...batch, event] }).length > PAYLOAD_LIMIT) {
      payloads.push(JSON.stringify({ o: origin, e: batch } satisfies Envelope));
      batch = [];
    }
    batch.push(event);
  }
  if (batch.length > 0) payloads.push(JSON.stringify({ o: origin, e: batch } satisfies Envelope));
  return payloads;
}

/**
 * Several PCs on one company (PostgreSQL): what one PC publishes after a commit reaches the open screens of the others
 * within a second. Every event this backend publishes (small: names and ids) is sent with NOTIFY on `vade_events`
 * (gathered per turn of the event loop, one statement for many); unless `listen` is off (a one-off CLI call), a
 * connection of its own LISTENs and publishes the other backends' events into this one's hub, skipping its own. A
 * dropped connection is made again, and since events may have been missed meanwhile, the windows are then told to
 * refetch everything (`store/replaced`, published here only). Null on SQLite: one PC.
 */
export function officeChangeFeed(store: () => Store, events: EventHub, options: { listen: boolean }): BackgroundService | null {
  if (store().kind !== 'postgres') return null;
  const origin = randomUUID();
  let relaying = false;
  let queued: AppEvent[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let everConnected = false;
  let timer: NodeJS.Timeout | null = null;

  const flush = async () => {
    const batch = queued;
    queued = [];
    if (batch.length === 0) return;
    try {
      for (const payload of notifyPayloads(origin, batch))
        await sql`select pg_notify(${EVENTS_CHANNEL}, ${payload})`.execute(store().db);
    } catch (error) {
      // The server is away: the other PCs refetch everything when their own listener reconnects.
      console.error('Telling the other PCs about a change failed', (error as Error).message);
    }
  };

  const forward = (event: AppEvent) => {
    if (relaying || LOCAL_ONLY.has(event.type)) return;
    if (queued.length === 0)
      setImmediate(() => {
        flushing = flushing.then(flush);
      });
    queued.push(event);
  };

  const relay = (message: pg.Notification) => {
    if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message.payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.o === origin) return;
    relaying = true;
    try {
      for (const event of envelope.e) events.publish(event);
    } finally {
      relaying = false;
    }
  };

  const reconnectSoon = () => {
    if (stopped || timer) return;
    const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)]!;
    failures += 1;
    timer = setTimeout(() => {
      timer = null;
      void listen();
    }, delay);
    timer.unref();
  };

  const drop = (session: pg.Client) => {
    if (client !== session) return;
    client = null;
    void session.end().catch(() => undefined);
    reconnectSoon();
  };

  async function listen(): Promise<void> {
    if (stopped || client) return;
    const session = dedicatedClient(store(), 'events');
    if (!session) return;
    client = session;
    session.on('notification', relay);
    session.on('error', () => drop(session));
    session.on('end', () => drop(session));
    try {
      await session.connect();
      await session.query(`listen ${EVENTS_CHANNEL}`);
    } catch {
      drop(session);
      return;
    }
    failures = 0;
    if (everConnected) events.publish({ type: 'store/replaced' });
    everConnected = true;
  }

  return {
    async start() {
      stopped = false;
      unsubscribe = events.subscribe(forward);
      if (options.listen) await listen();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
      timer = null;
      await flushing;
      await flush();
      const session = client;
      client = null;
      await session?.end().catch(() => undefined);
    },
  };
}
