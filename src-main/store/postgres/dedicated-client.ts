import pg from 'pg';
import type { Store } from '../open-store';
import type { PostgresConnection } from './pg-connection';

/**
 * A connection of its own to the company's server, outside the pool: a session that must stay put (an advisory
 * lock held while this PC runs the daily jobs, a LISTEN). It is made with the pool's settings (URL, TLS, type
 * parsers) and never blocks the pool's closing. Null for a SQLite company.
 */
export function dedicatedClient(store: Store, purpose: string): pg.Client | null {
  if (store.kind !== 'postgres') return null;
  const { pool } = store as unknown as PostgresConnection;
  const client = new pg.Client({ ...pool.options, application_name: `vade ${purpose}`, keepAlive: true });
  return client;
}
