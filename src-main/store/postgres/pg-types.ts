import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;
const BOOL = 16;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** A 64-bit integer as a JS number; money in minor units stays far below 2^53 (9e15 kuruş), so this never rounds. */
function toSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`An integer from PostgreSQL is beyond 2^53: ${text}`);
  return value;
}

/**
 * What values look like when read back, the same as from SQLite so the shared table types and the features' code
 * hold on both stores: counts, sums and bigint columns (PostgreSQL sends int8 and numeric as text) are numbers;
 * a boolean expression is 1 or 0 (SQLite has no boolean type); dates and timestamps stay the strings they were
 * (a business date is 'YYYY-MM-DD', never a Date shifted by a time zone).
 */
export const storeTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format === 'binary') return pg.types.getTypeParser(oid, 'binary');
    switch (oid) {
      case INT8:
        return toSafeInteger;
      case NUMERIC:
        return (text: string) => Number(text);
      case BOOL:
        return (text: string) => (text === 't' ? 1 : 0);
      case DATE:
      case TIMESTAMP:
      case TIMESTAMPTZ:
        return (text: string) => text;
      default:
        return pg.types.getTypeParser(oid, 'text');
    }
  },
} as pg.CustomTypesConfig;
