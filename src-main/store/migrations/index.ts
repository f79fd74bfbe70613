import { m0001 } from './0001-customers-and-settings';
import { m0002 } from './0002-ledger';
import { m0005 } from './0005-card-indexes';
import type { Migration } from './migration';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
