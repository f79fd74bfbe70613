import type { z } from 'zod';

/**
 * One backend capability: its input schema (validated at the edge), whether it writes
 * (writers run in one transaction and may push events) and a one-line summary for `vade methods`.
 * The output type is carried as a phantom so the renderer and the handlers agree on it.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  writes: boolean;
  summary: string;
  readonly _output?: O;
}

export const query =
  <O>() =>
  <I extends z.ZodType>(input: I, summary: string): MethodSpec<I, O> => ({ input, summary, writes: false });

export const mutation =
  <O>() =>
  <I extends z.ZodType>(input: I, summary: string): MethodSpec<I, O> => ({ input, summary, writes: true });
