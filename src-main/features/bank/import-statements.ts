import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { BankImportArgs, BankInspectArgs } from '../../../src-shared/domain/bank/schemas';
import type { BankImportFileResult, BankImportResult } from '../../../src-shared/domain/bank/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { RunMode } from '../../../src-shared/domain/system/contract';
import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';
import { readLayout, saveLayout } from '../import/layouts-repo';
import { sourceFiles } from '../import/source-files';
import { readCompanyProfile } from '../company-profile/company-repo';
import { lineWriter } from './bank-lines-repo';
import { MatchIndex } from './matching/match-index';
import { matchLine } from './matching/match-line';
import { fingerprints } from './statement/fingerprint';
import { readStatement, UnreadableStatement, type ReadStatement } from './statement/read-statement';
import { CONFIDENT } from '../../../src-shared/domain/bank/schemas';

export interface BankDeps {
  dataDir: string;
  mode: RunMode;
  /** The SQLite connection under Kysely (none on a server): the matcher's point reads and the line inserts use its prepared statements. */
  raw: BetterSqlite3.Database;
}

/** The company's own accounts (Settings → company IBANs). */
export async function companyAccounts(ctx: HandlerContext) {
  return (await readCompanyProfile(ctx.db)).bankAccounts;
}

/** Every file of the source read as a statement; an unreadable one is refused by name. */
export async function readStatements(
  deps: BankDeps,
  ctx: HandlerContext,
  args: Pick<BankInspectArgs, 'source' | 'mapping'>,
  accountCurrency: Currency,
): Promise<ReadStatement[]> {
  const language = await ctx.language();
  const files = await sourceFiles(deps.dataDir, deps.mode, args.source, ctx);
  if (files.length === 0) throw fieldError(language, 'validation', ['source'], 'import.error.oneFile');
  const read: ReadStatement[] = [];
  for (const file of files) {
    try {
      read.push(
        await readStatement(file.name, await fs.promises.readFile(file.path), {
          mapping: args.mapping,
          accountCurrency,
          rememberedLayout: (hash) => readLayout(ctx.db, hash, 'bank'),
        }),
      );
    } catch (error) {
      if (!(error instanceof UnreadableStatement)) throw error;
      throw fieldError(language, 'validation', ['source'], 'bank.error.unreadable', { file: file.name });
    }
  }
  return read;
}

/**
 * Imports statement files into one of the company's accounts. A file that names another account is refused
 * before anything is written; lines already imported (same fingerprint, from any file) are counted as
 * duplicates; incoming credits are matched as they are stored, debits kept for the record.
 */
export async function importStatements(deps: BankDeps, ctx: HandlerContext, args: BankImportArgs): Promise<BankImportResult> {
  const language = await ctx.language();
  const account = (await companyAccounts(ctx)).find((a) => a.iban === args.accountIban);
  if (!account) throw fieldError(language, 'validation', ['accountIban'], 'bank.error.unknownAccount');
  const statements = await readStatements(deps, ctx, args, account.currency);
  for (const s of statements) {
    if (s.accountIban && s.accountIban !== account.iban) {
      throw fieldError(language, 'validation', ['source'], 'bank.error.otherAccount', { file: s.fileName, iban: s.accountIban });
    }
  }
  const index = await MatchIndex.build(ctx.db, () => deps.raw, todayLocal(ctx.now()));
  await index.readReferences(statements.flatMap((s) => s.lines.filter((l) => l.direction === 'credit')));
  const writer = lineWriter(ctx.db, () => deps.raw);
  const stamp = ctx.now().toISOString();
  const files: BankImportFileResult[] = [];
  let confident = 0;
  for (const s of statements) {
    if (s.sheet) await saveLayout(ctx.db, s.sheet.hash, 'bank', s.sheet.mapping, ctx.now());
    const keys = fingerprints(account.iban, s.lines);
    const result: BankImportFileResult = { fileName: s.fileName, format: s.format, imported: 0, duplicates: 0, debits: 0 };
    for (const [i, line] of s.lines.entries()) {
      const key = keys[i]!;
      if (await writer.exists(account.iban, key)) {
        result.duplicates += 1;
        continue;
      }
      const match = line.direction === 'credit' ? await matchLine(index, line) : null;
      if (match && match.confidence >= CONFIDENT) confident += 1;
      await writer.insert(account.iban, key, line, s.fileName, stamp, match);
      if (line.direction === 'debit') result.debits += 1;
      else result.imported += 1;
    }
    files.push(result);
  }
  const total = (k: 'imported' | 'duplicates' | 'debits') => files.reduce((a, f) => a + f[k], 0);
  return { files, imported: total('imported'), duplicates: total('duplicates'), debits: total('debits'), confident };
}
