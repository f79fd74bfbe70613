import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { PgCluster } from './pg-cluster';

/**
 * A login role that must give its password (scram-sha-256), on a test cluster that otherwise trusts everyone: its
 * pg_hba.conf line goes first, so only this role is asked. Owns `database`, created for it.
 */
export async function addPasswordUser(cluster: PgCluster, user: string, password: string, database: string): Promise<void> {
  const hba = path.join(cluster.dir, 'data', 'pg_hba.conf');
  fs.writeFileSync(hba, `host all ${user} 127.0.0.1/32 scram-sha-256\n${fs.readFileSync(hba, 'utf8')}`);
  const admin = new pg.Client(`${cluster.baseUrl}postgres`);
  await admin.connect();
  try {
    await admin.query(`create role ${user} login password '${password.replace(/'/g, "''")}'`);
    await admin.query(`create database ${database} owner ${user}`);
    await admin.query('select pg_reload_conf()');
  } finally {
    await admin.end();
  }
}
