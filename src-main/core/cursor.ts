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
