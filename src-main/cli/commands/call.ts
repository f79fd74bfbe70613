import type { Backend } from '../../backend';
import type { Actor } from '../../core/actor';
import { UsageError } from '../cli-error';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The call's arguments: a JSON text, '-' for stdin, or nothing for {}. */
export async function readCallArgs(raw: string | undefined): Promise<unknown> {
  if (raw === undefined) return {};
  const text = raw === '-' ? await readStdin() : raw;
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`The arguments are not valid JSON: ${(error as Error).message}`);
  }
}

export interface CallOutcome {
  ok: boolean;
  /** It ran but did nothing it was asked to (a script must not take that for success). */
  nothingDone: boolean;
  text: string;
}

/** Results that report a run which changed nothing. */
const NOTHING_DONE_STATUSES: readonly unknown[] = ['nothing_imported'];

export async function callCommand(backend: Backend, method: string, args: unknown, actor: Actor): Promise<CallOutcome> {
  const result = await backend.dispatch(method, args, actor);
  if (!result.ok) return { ok: false, nothingDone: false, text: JSON.stringify(result.error, null, 2) };
  const status = (result.value as { status?: unknown } | null)?.status;
  return { ok: true, nothingDone: NOTHING_DONE_STATUSES.includes(status), text: JSON.stringify(result.value, null, 2) };
}
