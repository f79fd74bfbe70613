import path from 'node:path';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import { translate } from '../../../src-shared/i18n/translate';
import type { Dispatch } from '../../core/dispatch';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import type { DocumentHost } from '../../documents/document-host';
import { explained } from '../backups/handlers';
import { fillDemoCompany } from '../demo/demo-company';
import { APP_DEMO_SIZE, finishDemo } from '../demo/demo-finish';
import type { CompaniesService } from './companies-service';
import { copyRefusal } from './copy-refusal';
import { CopyError } from '../../store/copy/copy-company';
import { copyCompanyBetween } from '../../store/copy/copy-locations';
import { isDatabaseUrl } from '../../store/database-url';
import type { HandlerContext } from '../../core/context';
import type { Language } from '../../../src-shared/i18n/language';
import type { ServerCompanies } from './server-companies';
import type { ServerConnections } from './server-connections';

const languageOr = (ctx: HandlerContext): Promise<Language> => ctx.language().catch((): Language => 'tr');

/** `dispatch` is the backend's own: the demo's last steps go through the handlers of the new company. */
export function companiesHandlers(
  companies: CompaniesService,
  servers: { companies: ServerCompanies; connections: ServerConnections },
  host: DocumentHost,
  mode: RunMode,
  dispatch: Dispatch,
): DomainHandlers<'companies'> {
  const existing = (id: string) => {
    const company = companies.get(id);
    if (!company) throw notFound(`Company ${id} does not exist`);
    return company;
  };
  return {
    'companies/list': () => companies.list(),
    'companies/create': ({ name }, ctx) => explained(ctx, () => companies.create(name)),
    'companies/create-demo': async ({ name }, ctx) => {
      const title = name ?? translate(await ctx.language(), 'companies.demoName');
      // A company of its own, never mixed into the user's data; the user is switched to it.
      const { company, filled } = await explained(ctx, () =>
        companies.createFilled(title, (store) => fillDemoCompany(store.db, () => store.raw, APP_DEMO_SIZE)),
      );
      await finishDemo(dispatch, filled.chequeSteps);
      return company;
    },
    'companies/open': ({ id }, ctx) => {
      existing(id);
      return explained(ctx, () => companies.open(id));
    },
    'companies/rename': ({ id, name }) => {
      existing(id);
      return companies.rename(id, name);
    },
    'companies/copy': async ({ from, to, toServer, toCompany, jobId }, ctx) => {
      const language = await ctx.language();
      // A window names no file; a server is named by its URL (the password masked in every answer).
      for (const [field, value] of [['from', from] as const, ['to', to] as const]) {
        if (value !== undefined && !isDatabaseUrl(value) && mode !== 'cli')
          throw fieldError(language, 'validation', [field], 'validation.outputCliOnly');
      }
      const open = companies.openEnd();
      try {
        if (to !== undefined) return await copyCompanyBetween(from ?? open, to, { dataDir: open.dataDir });
        return await servers.companies.copy({ toServer, toCompany, jobId }, from ?? open, open.dataDir, language);
      } catch (error) {
        if (error instanceof CopyError) throw copyRefusal(language, error);
        throw error;
      }
    },
    // The company's own server may be the one that is away: its language setting then reads as Turkish.
    'companies/test-server': async (input, ctx) => servers.companies.test(input, await languageOr(ctx)),
    'companies/open-server': async (input, ctx) => servers.companies.open(input, await languageOr(ctx)),
    'companies/server-settings': ({ id }) => ({
      server: servers.connections.settings(id),
      secretStorage: servers.connections.secretStorage,
    }),
    // The renderer never types a path it could pick: the dialog answers it (browser mode and the CLI: none).
    'companies/choose-ca-file': async () => ({ path: await host.openFile('certificate') }),
    'companies/import-file': async ({ name, path: given, password, open }, ctx) => {
      if (given !== undefined && mode !== 'cli') {
        throw fieldError(await ctx.language(), 'validation', ['path'], 'validation.outputCliOnly');
      }
      const source = given !== undefined ? path.resolve(given) : await host.openFile('company');
      if (!source) return { status: 'cancelled' } as const;
      return explained(ctx, () => companies.importFile(source, name, password, open));
    },
  };
}
