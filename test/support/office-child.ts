// One office PC in a process of its own (the office concurrency test): a whole backend on the company's server
// database, with its outbox sender and reminder scheduler running, answering dispatch calls sent over IPC.
import { openBackend } from '../../src-main/backend';

const [databaseUrl, dataDir, nowIso] = process.argv.slice(2);
const now = () => new Date(nowIso!);
const backend = await openBackend({
  dataDir: dataDir!,
  databaseUrl,
  mode: 'browser',
  now,
  outboxSender: { intervalMs: 200 },
  reminderScheduler: { intervalMs: 300, now },
  runnerRetryMs: 200,
});

process.on('message', (message: { id: number; method: string; args: unknown }) => {
  if (message.method === 'close') {
    void backend.close().then(() => process.send!({ id: message.id, result: { ok: true } }, () => process.exit(0)));
    return;
  }
  void backend.dispatch(message.method, message.args).then((result) => process.send!({ id: message.id, result }));
});
process.send!({ ready: true });
