import { z } from 'zod';
import { contract } from '../../../src-shared/contract/methods';

interface MethodDescription {
  name: string;
  summary: string;
  writes: boolean;
  input: unknown;
}

export function describeMethods(): MethodDescription[] {
  return Object.entries(contract).map(([name, spec]) => ({
    name,
    summary: spec.summary,
    writes: spec.writes,
    // 'input' describes what a caller sends (before defaults); custom checks show as plain strings.
    input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

export function methodsCommand(json: boolean): string {
  const methods = describeMethods();
  if (json) return JSON.stringify(methods, null, 2);
  const width = Math.max(...methods.map((m) => m.name.length));
  return methods.map((m) => `${m.name.padEnd(width)}  ${m.writes ? 'write' : 'read '}  ${m.summary}`).join('\n');
}
