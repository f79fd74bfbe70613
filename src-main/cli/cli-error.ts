/** A mistake in how the command was typed: print the message and the usage hint, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, refused: 1, usage: 2, store: 3, nothingDone: 4 } as const;
