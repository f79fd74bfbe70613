import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), which is who really gets it. */
  recipients: string[];
  parsed: ParsedMail;
  /** False when the server refused it (4xx/5xx): then it was not delivered. */
  accepted: boolean;
}

/** What the server answers to DATA: accept, refuse with a code, or hold the answer (to kill a sender mid-send). */
export type SmtpBehaviour = { kind: 'accept' } | { kind: 'refuse'; code: number; message: string } | { kind: 'hold'; ms: number };

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  /** The mails the server accepted (delivered). */
  delivered(): ReceivedMail[];
  behaviour: SmtpBehaviour;
  /** Resolves when `count` mails have arrived (whatever the answer). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 and a random port; every message that arrives is parsed with mailparser. */
export async function startSmtpTestServer(options: { user?: string; password?: string } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const state: SmtpTestServer = {
    port: 0,
    received,
    delivered: () => received.filter((m) => m.accepted),
    behaviour: { kind: 'accept' },
    waitFor: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} mails arrived`)), timeoutMs);
        const check = () => {
          if (received.length < count) return false;
          clearTimeout(timer);
          resolve();
          return true;
        };
        if (!check()) waiters.push(() => void check());
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }));
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      void simpleParser(stream).then((parsed) => {
        const behaviour = state.behaviour;
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        received.push({ recipients, parsed, accepted: behaviour.kind !== 'refuse' });
        for (const wake of waiters.splice(0)) wake();
        if (behaviour.kind === 'refuse') callback(Object.assign(new Error(behaviour.message), { responseCode: behaviour.code }));
        else if (behaviour.kind === 'hold') setTimeout(() => callback(null, 'Held then accepted'), behaviour.ms);
        else callback(null, 'Queued as test');
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  return state;
}
