import type { Kysely } from 'kysely';

/** A schema step. Migrations live in a fixed list (no folder scan), so they work inside an asar archive. */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}
