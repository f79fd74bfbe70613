import { AppError } from '../../../src-shared/contract/errors';
import type { AppEvent } from '../../../src-shared/contract/events';
import type { ServerTargetInput } from '../../../src-shared/domain/companies/schemas';
import type { CompanyCopyResult, CompanyFile, ServerAddress, ServerCheck } from '../../../src-shared/domain/companies/types';
import type { Language } from '../../../src-shared/i18n/language';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import type { AppConfigFile } from '../../store/app-config';
import { copyCompanyBetween } from '../../store/copy/copy-locations';
import { companyDatabaseFile } from '../../store/data-dir';
import { SecretUnavailableError } from '../../store/secrets/secret-store';
import type { CompaniesService } from './companies-service';
import { checkCaFile } from './ca-file-check';
import { checkServer, PROBLEM_FIELD } from './server-check';
import { serverUrl, type ServerConnections } from './server-connections';

interface Target {
  url: string;
  address: ServerAddress;
  password: string | null;
}

export interface ServerCompaniesDeps {
  companies: CompaniesService;
  servers: ServerConnections;
  config: AppConfigFile;
  publish(event: AppEvent): void;
}

/** The app's side of companies on a PostgreSQL server: try a connection, open (and remember) one, copy to one. */
export class ServerCompanies {
  constructor(private readonly deps: ServerCompaniesDeps) {}

  async test(input: ServerTargetInput, language: Language): Promise<ServerCheck> {
    const target = await this.#target(input, language);
    return checkServer(target.url, target.address, language);
  }

  /**
   * Tries the connection, saves it on this PC (the password sealed) and switches to it; an empty database becomes a
   * new company when it is opened (migrated). A connection that fails is refused under the field it is about, and
   * nothing is saved; changing the open company's connection reopens it.
   */
  async open(input: ServerTargetInput & { name?: string | undefined }, language: Language): Promise<CompanyFile> {
    const target = await this.#target(input, language);
    const check = await this.#checked(target, language);
    const id = input.id ?? this.deps.companies.freeId(target.address.database);
    const before = this.deps.config.read();
    await this.deps.servers.save(id, target.address, target.password);
    this.deps.config.update((c) => {
      c.companies[id] = {
        name: input.name ?? c.companies[id]?.name ?? check.companyName ?? target.address.database,
        lastOpenedAt: c.companies[id]?.lastOpenedAt ?? null,
      };
    });
    try {
      return await this.deps.companies.open(id, { reopen: true });
    } catch (error) {
      // The company that was open is open again (the session's undo); the connection is not kept as it was typed.
      this.deps.config.update((c) => {
        c.servers = before.servers;
        c.companies = before.companies;
      });
      throw error;
    }
  }

  /**
   * Copies the open company to an empty server database (then remembered as a server company) or to a new company
   * file in the data folder, with progress events; the copy compares rows and money at both ends before its commit.
   */
  async copy(
    input: {
      toServer?: (ServerTargetInput & { name?: string | undefined }) | undefined;
      toCompany?: { name: string } | undefined; jobId?: string | undefined },
    from: Parameters<typeof copyCompanyBetween>[0],
    dataDir: string,
    language: Language,
  ): Promise<CompanyCopyResult> {
    const { jobId } = input;
    const onProgress = jobId
      ? (table: string, done: number, total: number) =>
          this.deps.publish({ type: 'companies/copy-progress', jobId, table, done, total })
      : undefined;
    const currentName = this.deps.config.read().companies[this.deps.companies.currentId()]?.name ?? null;
    if (input.toServer) {
      const target = await this.#target(input.toServer, language);
      await this.#checked(target, language);
      const report = await copyCompanyBetween(from, target.url, { dataDir, ...(onProgress ? { onProgress } : {}) });
      const id = input.toServer.id ?? this.deps.companies.freeId(target.address.database);
      await this.deps.servers.save(id, target.address, target.password);
      const suffix = translate(language, 'servers.copy.serverSuffix');
      this.#name(id, input.toServer.name ?? `${currentName ?? target.address.database} (${suffix})`);
      return { ...report, company: this.deps.companies.describe(id) };
    }
    const name = input.toCompany!.name;
    const id = this.deps.companies.freeId(name);
    const report = await copyCompanyBetween(from, companyDatabaseFile(dataDir, id), {
      dataDir,
      ...(onProgress ? { onProgress } : {}),
    });
    this.#name(id, name);
    return { ...report, company: this.deps.companies.describe(id) };
  }

  #name(id: string, name: string): void {
    this.deps.config.update((c) => {
      c.companies[id] = { name, lastOpenedAt: c.companies[id]?.lastOpenedAt ?? null };
    });
  }

  async #checked(target: Target, language: Language): Promise<Extract<ServerCheck, { ok: true }>> {
    const check = await checkServer(target.url, target.address, language);
    if (check.ok) return check;
    throw new AppError({
      kind: 'conflict',
      message: check.message,
      issues: [
        {
          path: [PROBLEM_FIELD[check.problem]],
          key: `servers.problem.${check.problem}` as MessageKey,
          params: check.params,
          message: check.message,
        },
      ],
    });
  }

  /**
   * The URL to try: the typed password, else the one saved for `id` (one the other secret store sealed counts as none).
   * A CA file that is not there or not readable is refused under its field first.
   */
  async #target(input: ServerTargetInput, language: Language): Promise<Target> {
    const { host, port, database, user, sslmode } = input;
    const address: ServerAddress = { host, port, database, user, sslmode, sslrootcert: input.sslrootcert?.trim() || null };
    checkCaFile(address, language);
    let password: string | null = input.password === undefined ? null : input.password || null;
    if (input.password === undefined && input.id) {
      try {
        password = await this.deps.servers.password(input.id);
      } catch (error) {
        if (!(error instanceof SecretUnavailableError)) throw error;
      }
    }
    return { url: serverUrl(address, password), address, password };
  }
}
