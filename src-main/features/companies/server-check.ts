import { sql } from 'kysely';
import type { ServerCheck, ServerProblem } from '../../../src-shared/domain/companies/types';
import type { Language } from '../../../src-shared/i18n/language';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import { maskSecretsIn } from '../../store/database-url';
import { LATEST_SCHEMA } from '../../store/open-store';
import { connectionProblem } from '../../store/postgres/connection-problem';
import { openPostgresConnection } from '../../store/postgres/pg-connection';
import { readCompanyProfile } from '../company-profile/company-repo';
import type { ServerAddress } from '../../../src-shared/domain/companies/types';

/**
 * Tries a server company's connection without changing anything there (no migration): the server answers, the
 * database exists, and it holds a Vade company (its name) or nothing yet. A failure is a result, in the user's words.
 */
export async function checkServer(url: string, address: ServerAddress, language: Language): Promise<ServerCheck> {
  let connection;
  try {
    connection = await openPostgresConnection(url, { maxConnections: 1 });
  } catch (error) {
    return refused(connectionProblem(error), address, language, maskSecretsIn((error as Error).message, url));
  }
  try {
    const { db } = connection;
    // Whether this session is encrypted: with `prefer` the user learns which it became.
    const tls = await sql<{ ssl: number }>`select ssl::int as ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(db);
    const encrypted = tls.rows[0]?.ssl === 1;
    const { rows } = await sql<{ has: boolean | number }>`select to_regclass('schema_migrations') is not null as has`.execute(db);
    const holds = rows[0]?.has === true || rows[0]?.has === 1;
    if (!holds) return { ok: true, serverVersion: connection.engineVersion, encrypted, holds: 'empty', companyName: null };
    const version = await sql<{ v: number | null }>`select max(version) as v from schema_migrations`.execute(db);
    if ((version.rows[0]?.v ?? 0) > LATEST_SCHEMA) return refused('newer_schema', address, language, '');
    const title = (await readCompanyProfile(db)).title.trim();
    return { ok: true, serverVersion: connection.engineVersion, encrypted, holds: 'company', companyName: title || null };
  } catch (error) {
    return refused(connectionProblem(error), address, language, maskSecretsIn((error as Error).message, url));
  } finally {
    await connection.close();
  }
}

function refused(problem: ServerProblem, address: ServerAddress, language: Language, detail: string): ServerCheck {
  const { host, port, database, user } = address;
  const params = { host, port, database, user, detail, caFile: address.sslrootcert ?? '' };
  return { ok: false, problem, message: translate(language, `servers.problem.${problem}` as MessageKey, params), params };
}

/** The form field a problem is about, so the form can say it under that field. */
export const PROBLEM_FIELD: Record<ServerProblem, string> = {
  wrong_password: 'password',
  password_required: 'password',
  not_allowed: 'user',
  unknown_host: 'host',
  server_down: 'host',
  timeout: 'host',
  database_missing: 'database',
  tls_refused: 'sslmode',
  tls_untrusted: 'sslmode',
  tls_required: 'sslmode',
  tls_ca_unreadable: 'sslrootcert',
  newer_schema: 'database',
  other: 'host',
};
