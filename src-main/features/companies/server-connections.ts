import type { ServerAddress, ServerSettings } from '../../../src-shared/domain/companies/types';
import type { AppConfigFile, StoredServer } from '../../store/app-config';
import type { SecretStore } from '../../store/secrets/secret-store';

/** The URL pg connects with; every part is encoded, so a password with `@` or `/` stays a password. */
export function serverUrl(server: ServerAddress, password: string | null): string {
  const user = encodeURIComponent(server.user) + (password ? `:${encodeURIComponent(password)}` : '');
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  const ca = server.sslrootcert && server.sslmode !== 'disable' ? `&sslrootcert=${encodeURIComponent(server.sslrootcert)}` : '';
  return `postgres://${user}@${host}:${server.port}/${encodeURIComponent(server.database)}?sslmode=${server.sslmode}${ca}`;
}

/**
 * The server companies this PC knows, kept in its vade-app.json beside the current company: where each lives and
 * who connects, never the password itself: that is sealed by the secret store (the OS keychain in the app, the data
 * folder's key file elsewhere) and only the sealed value is written.
 */
export class ServerConnections {
  constructor(
    private readonly config: AppConfigFile,
    private readonly secrets: SecretStore,
  ) {}

  /** Where a password is sealed on this PC. */
  get secretStorage(): ServerSettings['secretStorage'] {
    return this.secrets.kind;
  }

  saved(id: string): StoredServer | undefined {
    return this.config.read().servers[id];
  }

  ids(): string[] {
    return Object.keys(this.config.read().servers);
  }

  /** The saved password, unsealed (null without one). */
  async password(id: string): Promise<string | null> {
    const sealed = this.saved(id)?.passwordSecret;
    return sealed ? this.secrets.decrypt(sealed) : null;
  }

  /** The URL of a saved server company with its password, or undefined for a company file. */
  async url(id: string): Promise<string | undefined> {
    const server = this.saved(id);
    return server ? serverUrl({ ...server, sslrootcert: server.sslrootcert ?? null }, await this.password(id)) : undefined;
  }

  settings(id: string): ServerSettings | null {
    const server = this.saved(id);
    if (!server) return null;
    const { passwordSecret, ...address } = server;
    return { id, ...address, sslrootcert: address.sslrootcert ?? null, passwordSaved: passwordSecret !== null, secretStorage: this.secrets.kind };
  }

  /** Saves where a company lives; the password is sealed first (null: none). */
  async save(id: string, address: ServerAddress, password: string | null): Promise<void> {
    const passwordSecret = password ? await this.secrets.encrypt(password) : null;
    this.config.update((c) => {
      c.servers[id] = { ...pick(address), passwordSecret };
    });
  }

  forget(id: string): void {
    this.config.update((c) => {
      delete c.servers[id];
    });
  }
}

const pick = ({ host, port, database, user, sslmode, sslrootcert }: ServerAddress): ServerAddress => ({
  host,
  port,
  database,
  user,
  sslmode,
  sslrootcert,
});
