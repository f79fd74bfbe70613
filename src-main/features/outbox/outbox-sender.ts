import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Kysely, Selectable } from 'kysely';
import { isPostgres } from '../../store/dialect/kind';
import type { SendRunResult } from '../../../src-shared/domain/outbox/types';
import type { EventHub } from '../../core/events';
import type { Database } from '../../store/schema';
import type { OutboxMessagesTable } from '../../store/tables/outbox';
import { SecretUnavailableError, type SecretStore } from '../../store/secrets/secret-store';
import { readSmtpSettings, type StoredSmtpSettings } from './smtp-settings-repo';
import { classifySendError, openSmtp, SMTP_TIMEOUT_MS, type SmtpConnection } from './smtp-transport';

/**
 * Crash safety. A message is claimed by a committed UPDATE to 'sending' before the server is contacted, with
 * `next_attempt_at` moved to the end of a lease far longer than any send can take (the SMTP timeouts). If the
 * process dies during the send, nobody can know whether the server accepted the message, so it is NEVER resent
 * automatically: once the lease has run out, the message becomes 'failed' with failure_kind 'interrupted' and
 * the outbox screen asks the user to check and retry (a retry keeps the Message-ID, so mail clients that see
 * both copies treat them as one). A second process (the CLI next to the app) never claims a row in 'sending'.
 */
export const SENDING_LEASE_MS = 10 * 60_000;
/** A server that refuses a message (5xx) is asked this many times in all before the message fails. */
export const MAX_REFUSALS = 3;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Waiting time before attempt n + 1: 1, 2, 4 … minutes, at most an hour. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);

export interface SenderDeps {
  db: Kysely<Database>;
  secrets: SecretStore;
  now?: () => Date;
  events?: EventHub;
  /** Opens the SMTP connection (tests may count connections); defaults to nodemailer. */
  connect?: (settings: StoredSmtpSettings, password: string | null) => SmtpConnection;
  /** Names this sender on the messages it claims; the PC's name, the process and a random part by default. */
  senderId?: string;
}

/** Unique per sender: two backends on one PC (the app and a CLI call) are told apart too. */
const defaultSenderId = (): string => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface RunOptions {
  /** Try queued messages now even if their back-off has not run out ("send now"). */
  ignoreBackoff?: boolean;
  /** Only this message (the test e-mail). */
  onlyId?: number;
}

export interface OutboxSender {
  runOnce(options?: RunOptions): Promise<SendRunResult>;
  /** Runs now and then every `intervalMs` until stopped. */
  start(intervalMs: number): void;
  /** Asks for a run soon (something was queued). */
  kick(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

type Row = Selectable<OutboxMessagesTable>;

export function createOutboxSender(deps: SenderDeps): OutboxSender {
  const now = deps.now ?? (() => new Date());
  const connect = deps.connect ?? openSmtp;
  const senderId = deps.senderId ?? defaultSenderId();
  const changed = () => deps.events?.publish({ type: 'outbox/changed' });
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let interval = 0;
  let stopped = false;

  /** Runs never overlap inside one process (the database's claim keeps two processes apart). */
  const runOnce = (options: RunOptions = {}): Promise<SendRunResult> => {
    const run = chain.then(() => runSerial(options));
    chain = run.catch(() => undefined);
    return run;
  };

  async function runSerial(options: RunOptions): Promise<SendRunResult> {
    const result: SendRunResult = { sent: 0, retrying: 0, failed: 0, interrupted: 0, skipped: null };
    result.interrupted = await failInterrupted();
    const settings = await readSmtpSettings(deps.db);
    if (!settings) return { ...result, skipped: 'not_configured' };
    let password: string | null = null;
    try {
      password = settings.passwordSecret ? await deps.secrets.decrypt(settings.passwordSecret) : null;
    } catch (error) {
      if (error instanceof SecretUnavailableError) return { ...result, skipped: 'password_unavailable' };
      throw error;
    }

    const tried: number[] = [];
    let connection: SmtpConnection | null = null;
    try {
      for (let row = await claim(options, tried); row; row = await claim(options, tried)) {
        tried.push(row.id);
        changed();
        connection ??= connect(settings, password);
        const { outcome, unreachable } = await sendOne(connection, row);
        result[outcome]++;
        changed();
        // The server cannot be reached: the other messages wait for the next run instead of failing the same way.
        if (unreachable) break;
      }
    } finally {
      connection?.close();
    }
    return result;
  }

  async function failInterrupted(): Promise<number> {
    const at = now().toISOString();
    const rows = await deps.db
      .updateTable('outbox_messages')
      .set({ status: 'failed', failure_kind: 'interrupted', next_attempt_at: at, last_error: null })
      .where('status', '=', 'sending')
      .where('next_attempt_at', '<', at)
      .returning('id')
      .execute();
    if (rows.length > 0) changed();
    return rows.length;
  }

  /**
   * One committed statement: the row is 'sending' (with its lease, and who claimed it when) before any byte goes to
   * the server. On a PostgreSQL server the candidate is picked `FOR UPDATE SKIP LOCKED`, so senders of several
   * PCs claiming at once each take a different message instead of queueing behind one row.
   */
  async function claim(options: RunOptions, tried: number[]): Promise<Row | undefined> {
    const at = now();
    const next = deps.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('status', '=', 'queued')
      .$if(!options.ignoreBackoff, (q) => q.where('next_attempt_at', '<=', at.toISOString()))
      .$if(options.onlyId !== undefined, (q) => q.where('id', '=', options.onlyId!))
      .$if(tried.length > 0, (q) => q.where('id', 'not in', tried))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .$if(isPostgres(deps.db), (q) => q.forUpdate().skipLocked());
    return deps.db
      .updateTable('outbox_messages')
      .set((eb) => ({
        status: 'sending',
        attempts: eb('attempts', '+', 1),
        next_attempt_at: new Date(at.getTime() + SENDING_LEASE_MS).toISOString(),
        claimed_by: senderId,
        claimed_at: at.toISOString(),
      }))
      .where('id', '=', next)
      .where('status', '=', 'queued')
      .returningAll()
      .executeTakeFirst();
  }

  async function sendOne(
    connection: SmtpConnection,
    row: Row,
  ): Promise<{ outcome: 'sent' | 'retrying' | 'failed'; unreachable: boolean }> {
    const attachments = await deps.db
      .selectFrom('outbox_attachments')
      .select(['file_name', 'content_type', 'content'])
      .where('message_id', '=', row.id)
      .orderBy('id')
      .execute();
    try {
      const { response } = await connection.send({
        messageId: row.message_id,
        to: JSON.parse(row.to_addresses) as string[],
        cc: JSON.parse(row.cc_addresses) as string[],
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
        attachments: attachments.map((a) => ({ filename: a.file_name, contentType: a.content_type, content: a.content })),
      });
      await finish(row.id, {
        status: 'sent',
        sent_at: now().toISOString(),
        server_response: response,
        last_error: null,
        failure_kind: null,
      });
      return { outcome: 'sent', unreachable: false };
    } catch (error) {
      const failure = classifySendError(error);
      const gaveUp = row.source === 'test' || (failure.kind === 'permanent' && row.attempts >= MAX_REFUSALS);
      const at = now().getTime();
      await finish(row.id, {
        status: gaveUp ? 'failed' : 'queued',
        next_attempt_at: new Date(gaveUp ? at : at + retryDelayMs(row.attempts)).toISOString(),
        last_error: failure.message.slice(0, 1000),
        server_response: failure.response?.slice(0, 1000) ?? null,
        failure_kind: failure.kind,
      });
      return { outcome: gaveUp ? 'failed' : 'retrying', unreachable: failure.unreachable };
    }
  }

  async function finish(id: number, changes: Partial<Omit<Row, 'id'>>): Promise<void> {
    // Only while the claim is still ours: once its lease ran out the row may have been retried by another sender.
    await deps.db
      .updateTable('outbox_messages')
      .set(changes)
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .where('claimed_by', '=', senderId)
      .execute();
  }

  const schedule = (delayMs: number) => {
    if (stopped || interval === 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void runOnce()
        .catch((error: unknown) => console.error('The outbox sender failed', error))
        .finally(() => schedule(interval));
    }, delayMs);
    timer.unref();
  };

  return {
    runOnce,
    start(intervalMs) {
      interval = intervalMs;
      schedule(0);
    },
    kick: () => schedule(250),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
  };
}

/** How long a send can take at most: the lease must be longer (checked by a test). */
export const LONGEST_SEND_MS = SMTP_TIMEOUT_MS * 4;
