import nodemailer from 'nodemailer';
import type { FailureKind } from '../../../src-shared/domain/outbox/schemas';
import type { StoredSmtpSettings } from './smtp-settings-repo';

export interface OutgoingMail {
  messageId: string;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

export interface SmtpConnection {
  send(mail: OutgoingMail): Promise<{ response: string }>;
  close(): void;
}

/**
 * Short timeouts bound how long a send can take, so the lease on a message in 'sending' (outbox-sender.ts)
 * safely outlives any send still in progress.
 */
export const SMTP_TIMEOUT_MS = 30_000;

export function openSmtp(settings: StoredSmtpSettings, password: string | null): SmtpConnection {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password ?? '' } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS * 2,
  });
  const from = settings.fromName ? { name: settings.fromName, address: settings.fromAddress } : settings.fromAddress;
  return {
    async send(mail) {
      const info = (await transport.sendMail({
        from,
        replyTo: settings.replyTo || undefined,
        to: mail.to,
        cc: mail.cc.length > 0 ? mail.cc : undefined,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId.startsWith('<') ? mail.messageId : `<${mail.messageId}>`,
        attachments: mail.attachments,
      })) as { response?: string };
      return { response: info.response ?? '' };
    },
    close: () => transport.close(),
  };
}

/** Errors of the network or of the server's mood: the message is tried again later. */
const UNREACHABLE = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export interface SendFailure {
  kind: Extract<FailureKind, 'permanent' | 'transient'>;
  /** The server could not be reached at all: the other messages of this run would fail the same way. */
  unreachable: boolean;
  message: string;
  /** The server's own words (e.g. "550 5.1.1 mailbox unavailable"), when it answered. */
  response: string | null;
}

export function classifySendError(error: unknown): SendFailure {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string; errno?: string };
  const message = e.message ?? String(error);
  const response = typeof e.response === 'string' ? e.response : null;
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    return { kind: e.responseCode >= 500 ? 'permanent' : 'transient', unreachable: false, message, response };
  }
  const code = e.code ?? e.errno ?? '';
  if (UNREACHABLE.has(code) || /ECONNREFUSED|ETIMEDOUT|ECONNRESET/.test(message)) {
    return { kind: 'transient', unreachable: true, message, response };
  }
  // Anything else (a malformed address, a TLS mismatch) will not fix itself by waiting.
  return { kind: 'permanent', unreachable: false, message, response };
}
