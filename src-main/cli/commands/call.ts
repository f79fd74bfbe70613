import type { Backend } from '../../backend';
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
  text: string;
}

export async function callCommand(backend: Backend, method: string, args: unknown): Promise<CallOutcome> {
  const result = await backend.dispatch(method, args);
  return result.ok
    ? { ok: true, text: JSON.stringify(result.value, null, 2) }
    : { ok: false, text: JSON.stringify(result.error, null, 2) };
}
