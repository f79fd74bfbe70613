import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { ImportSheetArgs } from '../../../src-shared/domain/import/schemas';
import type { EfaturaFileResult, SheetCommitResult } from '../../../src-shared/domain/import/types';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';
import type { EventHub } from '../../core/events';
import { inOneTransaction } from '../../core/in-transaction';
import type { DomainHandlers } from '../../core/registry';
import type { MethodArgs } from '../../../src-shared/contract/methods';
import { recordAudit } from '../audit/audit-log';
import { readCompanyProfile } from '../company-profile/company-repo';
import { guessKind, guessMapping, layoutHash } from './column-guess';
import { xmlEntries } from './efatura/efatura-files';
import { importEntry, readEntry, salesFirst, type EfaturaContext } from './efatura/efatura-import';
import { ImportJobs } from './import-jobs';
import { readLayout, saveLayout } from './layouts-repo';
import { oneSourceFile, sourceFiles, storeUploadChunk } from './source-files';
import { savepoint } from '../../store/dialect/savepoints';
import { planSheet } from './sheet-plan';
import { openSheet, type SheetTable } from './sheet-table';
import { writePlan } from './sheet-writes';

export interface ImportDeps {
  dataDir: string;
  mode: RunMode;
  /** The connection under Kysely: bulk rows use its prepared statements, inside the same transaction. */
  raw: BetterSqlite3.Database;
  events: EventHub;
  /** Backs up before anything is written and returns the file: the backups feature's, into the chosen folder. */
  backup: () => Promise<string>;
}

const SAMPLE_ROWS = 10;

export function importHandlers(deps: ImportDeps): DomainHandlers<'imports'> {
  const jobs = new ImportJobs(deps.events);

  const readTable = async (args: Pick<ImportSheetArgs, 'source'> & { sheet?: number | undefined }, ctx: HandlerContext) => {
    const file = await oneSourceFile(deps.dataDir, deps.mode, args.source, ctx);
    try {
      return await openSheet(file.name, await fs.promises.readFile(file.path), args.sheet);
    } catch {
      throw fieldError(await ctx.language(), 'validation', ['source'], 'import.error.unreadable', { file: file.name });
    }
  };

  const mappingFor = async (table: SheetTable, args: ImportSheetArgs, ctx: HandlerContext) =>
    args.mapping ?? (await readLayout(ctx.db, layoutHash(table.headers), args.kind)) ?? guessMapping(args.kind, table.headers);

  const plan = async (table: SheetTable, args: ImportSheetArgs, ctx: HandlerContext, job: Parameters<typeof planSheet>[4]) =>
    planSheet(
      table,
      args.kind,
      await mappingFor(table, args, ctx),
      {
        db: ctx.db,
        raw: () => deps.raw,
        language: await ctx.language(),
        today: todayLocal(ctx.now()),
        duplicates: args.duplicates,
      },
      job,
    );

  /** Before anything is written: a copy to go back to (the online backup API, safe on a live WAL database). */
  const { backup } = deps;

  return {
    'imports/upload': (args, ctx) => storeUploadChunk(deps.dataDir, args, ctx),

    'imports/inspect': async (args, ctx) => {
      const table = await readTable(args, ctx);
      const guessedKind = guessKind(table.headers);
      const kind = args.kind ?? guessedKind;
      const hash = layoutHash(table.headers);
      const remembered = await readLayout(ctx.db, hash, kind);
      const sample: string[][] = [];
      for (const { cells } of table.rows()) {
        if (sample.length >= SAMPLE_ROWS) break;
        sample.push(cells);
      }
      return {
        fileName: table.fileName,
        format: table.format,
        encoding: table.encoding,
        delimiter: table.delimiter,
        headers: table.headers,
        sample,
        guessedKind,
        mapping: remembered ?? guessMapping(kind, table.headers),
        remembered: remembered !== null,
        layoutHash: hash,
      };
    },

    'imports/validate': async (args, ctx) => {
      const table = await readTable(args, ctx);
      return jobs.run(args.jobId, async (job) => {
        const result = await plan(table, args, ctx, job);
        if (!result) throw fieldError(await ctx.language(), 'validation', ['jobId'], 'import.cancelled');
        return result.report;
      });
    },

    'imports/commit': inOneTransaction(async (args: MethodArgs<'imports/commit'>, ctx) => {
      const table = await readTable(args, ctx);
      const mapping = await mappingFor(table, args, ctx);
      return jobs.run(args.jobId, async (job): Promise<SheetCommitResult> => {
        const planned = await plan(table, { ...args, mapping }, ctx, job);
        const nothing = { created: 0, updated: 0, skipped: 0, backupFile: null };
        if (!planned)
          return {
            kind: args.kind,
            totalRows: 0,
            validRows: 0,
            invalidRows: 0,
            duplicateRows: 0,
            issues: [],
            issueCount: 0,
            status: 'cancelled',
            ...nothing,
          };
        const { report, writes } = planned;
        const skipped = report.duplicateRows - writes.filter((w) => 'id' in w && w.id !== null).length;
        // The backup reads the database as committed, so it is taken before this transaction writes anything.
        const backupFile = writes.length > 0 ? await backup() : null;
        await saveLayout(ctx.db, layoutHash(table.headers), args.kind, mapping, ctx.now());
        if (writes.length === 0) return { ...report, status: 'imported', ...nothing, skipped };
        const written = await writePlan(ctx, () => deps.raw, writes, job);
        if (!written) return { ...report, status: 'cancelled', ...nothing, backupFile };
        if (written.customerIds.size > 0) ctx.emit({ type: 'customers/changed', ids: [...written.customerIds] });
        if (written.ledgerCustomerIds.size > 0) ctx.emit({ type: 'ledger/changed', customerIds: [...written.ledgerCustomerIds] });
        const counts = { created: written.created, updated: written.updated, skipped };
        await recordAudit(ctx, 'imports/commit', 'import', 0, null, {
          file: table.fileName,
          kind: args.kind,
          ...counts,
          backupFile,
        });
        return { ...report, status: 'imported', ...counts, backupFile };
      });
    }),

    'imports/efatura': inOneTransaction(async (args: MethodArgs<'imports/efatura'>, ctx) => {
      const language = await ctx.language();
      const entries = await xmlEntries(await sourceFiles(deps.dataDir, deps.mode, args.source, ctx));
      if (entries.length === 0) throw fieldError(language, 'validation', ['source'], 'import.efatura.noFiles');
      const ownTaxId = (await readCompanyProfile(ctx.db)).taxId.replace(/\s+/g, '');
      if (!/^\d{10,11}$/.test(ownTaxId)) throw fieldError(language, 'validation', ['source'], 'import.efatura.noCompanyTaxId');
      return jobs.run(args.jobId, async (job) => {
        const ec: EfaturaContext = {
          ctx,
          raw: () => deps.raw,
          language,
          ownTaxId,
          ledgerCustomerIds: new Set(),
          createdCustomerIds: new Set(),
        };
        const backupFile = await backup();
        const read = [];
        for (const entry of entries) read.push(await readEntry(ec, entry));
        const files: EfaturaFileResult[] = [];
        const undo = await savepoint(ctx.db, 'vade_efatura_all');
        for (const entry of salesFirst(read)) {
          files.push(await importEntry(ec, entry));
          await job.tick('write', files.length, entries.length);
          if (job.cancelled) {
            await undo.rollback();
            return { status: 'cancelled', files: [], imported: 0, skipped: 0, failed: 0, backupFile };
          }
        }
        await undo.release();
        if (ec.createdCustomerIds.size > 0) ctx.emit({ type: 'customers/changed', ids: [...ec.createdCustomerIds] });
        if (ec.ledgerCustomerIds.size > 0) ctx.emit({ type: 'ledger/changed', customerIds: [...ec.ledgerCustomerIds] });
        files.sort((a, b) => a.file.localeCompare(b.file)); // as the user sees the folder
        const count = (status: EfaturaFileResult['status']) => files.filter((f) => f.status === status).length;
        const counts = { imported: count('imported'), skipped: count('skipped'), failed: count('error') };
        await recordAudit(ctx, 'imports/efatura', 'import', 0, null, { files: files.length, ...counts, backupFile });
        return { status: counts.imported > 0 ? 'imported' : 'nothing_imported', files, ...counts, backupFile };
      });
    }),

    'imports/cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
