import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openBackend } from '../backend';
import { currentMethodName, deprecationNotice, isOldMethodName } from '../../src-shared/contract/method-aliases';
import { resolveDataDir } from '../store/data-dir';
import { isDatabaseUrl, maskDatabaseUrl } from '../store/database-url';
import { StoreError } from '../store/store-error';
import { cliActor, cliPerson } from './cli-actor';
import { CopyError } from '../store/copy/copy-company';
import { EXIT, UsageError } from './cli-error';
import { callCommand, readCallArgs } from './commands/call';
import { companiesCopyCommand } from './commands/companies-copy';
import { demoCommand } from './commands/demo';
import { methodsCommand } from './commands/methods';
import { serveCommand } from './commands/serve';
import { USAGE } from './usage';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not "${text}"`);
  return port;
}

export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      as: { type: 'string' },
      'database-url': { type: 'string' },
      port: { type: 'string' },
      customers: { type: 'string' },
      invoices: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    console.log(USAGE);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  if (command === 'methods') {
    console.log(methodsCommand(values.json));
    return EXIT.ok;
  }
  if (command !== 'call' && command !== 'serve' && command !== 'demo' && command !== 'companies')
    throw new UsageError(`Unknown command "${command}"`);

  const dataDir = resolveDataDir(values['data-dir']);
  if (command === 'companies') {
    // Opens both ends itself; the data folder's own company is not opened.
    console.log(await companiesCopyCommand(rest[0], { from: values.from, to: values.to, dataDir, json: values.json }));
    return EXIT.ok;
  }
  const person = command === 'call' ? cliPerson(values.as, process.env.VADE_USER) : undefined;
  const databaseUrl = serverDatabase(values['database-url'] ?? process.env.VADE_DATABASE_URL);
  // A damaged company file: the app (serve) offers the latest good backup; `call` refuses everything but
  // backups/* (so `vade call backups/restore-latest` can mend it) with the store's clear message.
  const method = command === 'call' ? rest[0] : undefined;
  const backend = await openBackend({
    dataDir,
    databaseUrl,
    mode: command === 'serve' ? 'browser' : 'cli',
    allowDamaged: command === 'serve' || Boolean(method && currentMethodName(method).startsWith('backups/')),
    scheduledBackups: command === 'serve',
    // VADE_REMINDER_SCHEDULER=off: serve without the hourly reminder run (end-to-end tests run it on demand).
    ...(process.env.VADE_REMINDER_SCHEDULER === 'off' ? { reminderScheduler: false as const } : {}),
  });
  if (values.version) console.log(backend.info.appVersion);

  if (command === 'serve') {
    const bridge = await serveCommand(backend, {
      port: parsePort(values.port),
      staticDir: path.join(projectRoot, 'dist', 'renderer'),
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await bridge.close();
    await backend.close();
    return EXIT.ok;
  }

  if (command === 'demo') {
    try {
      console.log(await demoCommand(backend, { customers: values.customers, invoices: values.invoices }));
      return EXIT.ok;
    } finally {
      await backend.close();
    }
  }

  try {
    const [, rawArgs, extra] = rest;
    if (!method) throw new UsageError('Which method? See "vade methods".');
    if (extra !== undefined) throw new UsageError('Give the arguments as one JSON text (quote it in the shell).');
    if (isOldMethodName(method)) console.error(deprecationNotice(method));
    const outcome = await callCommand(backend, method, await readCallArgs(rawArgs), cliActor(person, backend.actor()));
    (outcome.ok ? process.stdout : process.stderr).write(`${outcome.text}\n`);
    return !outcome.ok ? EXIT.refused : outcome.nothingDone ? EXIT.nothingDone : EXIT.ok;
  } finally {
    await backend.close();
  }
}

/** A company on a PostgreSQL server, or none (the data folder's SQLite file). An empty value means none. */
function serverDatabase(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!isDatabaseUrl(value)) {
    throw new UsageError(`--database-url must be a postgres://… URL, not "${maskDatabaseUrl(value)}"`);
  }
  return value.trim();
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await runCli(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`vade: ${(error as Error).message}\nRun "vade --help" for usage.`);
      return EXIT.usage;
    }
    if (error instanceof CopyError) {
      console.error(`vade: ${error.message}`);
      return EXIT.refused;
    }
    if (error instanceof StoreError) {
      console.error(`vade: ${error.message}`);
      return EXIT.store;
    }
    throw error;
  }
}
