import type { FieldChange } from './types';

/** Kept on every record but say nothing about the change itself. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt', 'version', 'daysOverdue']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * The top-level fields that differ between two snapshots of a record (nested values such as lines or
 * contacts compare as a whole). For a new record: every field that has a value.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !NOISE.has(field));
  return fields
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .filter((field) => !(isEmpty(b[field]) && isEmpty(a[field])))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** A record's name for people: a document number, a customer's code and title, or nothing. */
export function recordLabel(snapshot: unknown): string {
  if (!isRecord(snapshot)) return '';
  const { code, title, number } = snapshot;
  if (typeof code === 'string' && typeof title === 'string') return `${code} · ${title}`;
  if (typeof number === 'string') return number;
  if (typeof snapshot.invoiceNumber === 'string') return snapshot.invoiceNumber;
  return '';
}
