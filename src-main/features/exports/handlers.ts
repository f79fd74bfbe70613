import path from 'node:path';
import type { ExportFileResult } from '../../../src-shared/domain/exports/contract';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import { safeFileNamePart } from '../../../src-shared/text/turkish';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import type { DocumentHost } from '../../documents/document-host';
import { fileStamp } from '../../store/backup';
import type { CompanySession } from '../../store/company-session';
import { readSettings } from '../settings/settings-repo';
import { writeCompanyZip } from './company-zip';
import { agingTable, customersTable, invoicesTable, paymentsTable, timelineTable, todayFor } from './export-sources';
import { writeCsvFile, writeXlsxFile, type ExportFormat, type StreamedTable } from './table-writer';

export interface ExportsDeps {
  host: DocumentHost;
  session: CompanySession;
  mode: RunMode;
}

export function exportsHandlers(deps: ExportsDeps): DomainHandlers<'exports'> {
  /** A path from the caller is taken from the command line only; the app's windows ask the host. */
  const targetFor = async (ctx: HandlerContext, output: string | undefined, suggested: string): Promise<string | null> => {
    if (output === undefined) return deps.host.saveFile(suggested);
    if (deps.mode !== 'cli') throw fieldError(await ctx.language(), 'validation', ['output'], 'validation.outputCliOnly');
    return path.resolve(output);
  };

  const exportTable = async (
    ctx: HandlerContext,
    args: { format: ExportFormat; output?: string | undefined },
    build: (language: 'tr' | 'en') => StreamedTable | Promise<StreamedTable>,
  ): Promise<ExportFileResult> => {
    const { language } = await readSettings(ctx.db);
    const table = await build(language);
    const suggested = `${safeFileNamePart(table.fileName)}-${todayFor(ctx.now())}.${args.format}`;
    const target = await targetFor(ctx, args.output, suggested);
    if (!target) return { status: 'cancelled' };
    const rows = args.format === 'csv' ? await writeCsvFile(target, table, language) : await writeXlsxFile(target, [table]);
    if (args.output === undefined) deps.host.reveal(target);
    return { status: 'written', path: target, rows };
  };

  const requireCustomer = async (ctx: HandlerContext, id: number | undefined) => {
    if (id === undefined) return;
    const row = await ctx.db.selectFrom('customers').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(`Customer ${id} does not exist`);
  };

  return {
    'exports/customers': (args, ctx) => exportTable(ctx, args, (language) => customersTable(ctx.db, language)),
    'exports/invoices': async (args, ctx) => {
      await requireCustomer(ctx, args.customerId);
      return exportTable(ctx, args, (language) => invoicesTable(ctx.db, language, todayFor(ctx.now()), args));
    },
    'exports/payments': async (args, ctx) => {
      await requireCustomer(ctx, args.customerId);
      return exportTable(ctx, args, (language) => paymentsTable(ctx.db, language, args));
    },
    'exports/aging': async (args, ctx) => {
      await requireCustomer(ctx, args.customerId);
      return exportTable(ctx, args, (language) => agingTable(ctx.db, language, ctx.now(), args));
    },
    'exports/timeline': async (args, ctx) => {
      await requireCustomer(ctx, args.customerId);
      return exportTable(ctx, args, (language) => timelineTable(ctx, language, args.customerId));
    },
    'exports/company': async ({ output }, ctx) => {
      const { language } = await readSettings(ctx.db);
      const stamp = fileStamp(ctx.now()).slice(0, 10);
      const target = await targetFor(ctx, output, `${safeFileNamePart(deps.session.company)}-muhasebe-${stamp}.zip`);
      if (!target) return { status: 'cancelled' };
      const today = todayFor(ctx.now());
      const tables = [
        customersTable(ctx.db, language),
        invoicesTable(ctx.db, language, today),
        paymentsTable(ctx.db, language),
        agingTable(ctx.db, language, ctx.now()),
      ];
      const rows = await writeCompanyZip(target, tables, language, deps.session.store, `${deps.session.company}.vade.sqlite`);
      if (output === undefined) deps.host.reveal(target);
      return { status: 'written', path: target, rows };
    },
  };
}
