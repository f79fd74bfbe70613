import path from 'node:path';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import type { DocumentHost } from '../../documents/document-host';
import { explained } from '../backups/handlers';
import type { CompaniesService } from './companies-service';

export function companiesHandlers(companies: CompaniesService, host: DocumentHost, mode: RunMode): DomainHandlers<'companies'> {
  const existing = (id: string) => {
    const company = companies.get(id);
    if (!company) throw notFound(`Company ${id} does not exist`);
    return company;
  };
  return {
    'companies/list': () => companies.list(),
    'companies/create': ({ name }, ctx) => explained(ctx, () => companies.create(name)),
    'companies/open': ({ id }, ctx) => {
      existing(id);
      return explained(ctx, () => companies.open(id));
    },
    'companies/rename': ({ id, name }) => {
      existing(id);
      return companies.rename(id, name);
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
