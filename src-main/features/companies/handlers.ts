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

/** `dispatch` is the backend's own: the demo's last steps go through the handlers of the new company. */
export function companiesHandlers(
  companies: CompaniesService,
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
    'companies/copy': async ({ from, to }, ctx) => {
      const language = await ctx.language();
      // A window names no file; a server is named by its URL (the password masked in every answer).
      for (const [field, value] of [['from', from] as const, ['to', to] as const]) {
        if (value !== undefined && !isDatabaseUrl(value) && mode !== 'cli')
          throw fieldError(language, 'validation', [field], 'validation.outputCliOnly');
      }
      const open = companies.openEnd();
      try {
        return await copyCompanyBetween(from ?? open, to, { dataDir: open.dataDir });
      } catch (error) {
        if (error instanceof CopyError) throw copyRefusal(language, error);
        throw error;
      }
    },
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
