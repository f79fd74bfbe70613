import { z } from 'zod';
import type { ActionEffects, DerivedRows, MethodKind } from '../../../src-shared/contract/method';
import { METHOD_RENAMES, OLD_NAMES_REMOVED_IN } from '../../../src-shared/contract/method-aliases';
import { contract } from '../../../src-shared/contract/methods';

interface MethodDescription {
  name: string;
  summary: string;
  /** query: reads only; mutation: one audited transaction; action: side effects outside the store (see effects). */
  kind: MethodKind;
  /** Kept for scripts written against 0.x: true for mutations and actions. */
  writes: boolean;
  effects?: ActionEffects;
  fresh?: readonly DerivedRows[];
  input: unknown;
}

export function describeMethods(): MethodDescription[] {
  return Object.entries(contract).map(([name, spec]) => ({
    name,
    summary: spec.summary,
    kind: spec.kind,
    writes: spec.kind !== 'query',
    ...(spec.effects ? { effects: spec.effects } : {}),
    ...(spec.fresh ? { fresh: spec.fresh } : {}),
    // 'input' describes what a caller sends (before defaults); custom checks show as plain strings.
    input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

export function methodsCommand(json: boolean): string {
  const methods = describeMethods();
  if (json) return JSON.stringify(methods, null, 2);
  const width = Math.max(...methods.map((m) => m.name.length));
  const renamed = Object.keys(METHOD_RENAMES).length;
  return [
    ...methods.map((m) => {
      const line = `${m.name.padEnd(width)}  ${m.kind.padEnd(8)}  ${m.summary}`;
      return m.effects ? `${line}\n${' '.repeat(width + 12)}↳ ${m.effects.outside.join(', ')}: ${m.effects.detail}` : line;
    }),
    '',
    `${renamed} methods of 0.x were renamed; their old names still work until ${OLD_NAMES_REMOVED_IN} and say which name to use.`,
  ].join('\n');
}
