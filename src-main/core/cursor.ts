import { AppError } from '../../src-shared/contract/errors';

/** Keyset position: the sort key and id of the last row of a page. Opaque to callers. */
export interface CursorPosition {
  sort: string;
  key: string | number;
  id: number;
}

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

export function decodeCursor(cursor: string, sort: string): CursorPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPosition;
    if (value.sort === sort && Number.isInteger(value.id) && ['string', 'number'].includes(typeof value.key)) return value;
  } catch {
    // fall through to the refusal below
  }
  throw new AppError({
    kind: 'validation',
    message: 'The cursor does not belong to this list; start again without one.',
    issues: [{ path: ['cursor'], key: 'validation.invalid', message: 'Invalid cursor' }],
  });
}

/**
 * Splits the `limit + 1` rows a keyset query fetched into the page and the cursor of the next one
 * (null when the extra row was not there, i.e. this is the last page).
 */
export function keysetPage<R extends { id: number; sort_key: string | number }>(
  rows: R[],
  limit: number,
  sort: string,
): { rows: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor({ sort, key: last.sort_key, id: last.id }) : null };
}
