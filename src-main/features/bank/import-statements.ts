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
import { matchLines } from './matching/match-line';
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

/** Lines looked up and stored together (on a server a few queries per batch instead of a few per line). */
const LINES_PER_BATCH = 500;

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
  const stored = new Set<string>(); // this run's lines: the same line in two files is a duplicate
  let confident = 0;
  for (const s of statements) {
    if (s.sheet) await saveLayout(ctx.db, s.sheet.hash, 'bank', s.sheet.mapping, ctx.now());
    const keys = fingerprints(account.iban, s.lines);
    const result: BankImportFileResult = { fileName: s.fileName, format: s.format, imported: 0, duplicates: 0, debits: 0 };
    for (let at = 0; at < s.lines.length; at += LINES_PER_BATCH) {
      const batch = s.lines.slice(at, at + LINES_PER_BATCH).map((line, i) => ({ line, fingerprint: keys[at + i]! }));
      const known = await writer.existing(
        account.iban,
        batch.map((b) => b.fingerprint),
      );
      const fresh = batch.filter(({ fingerprint }) => {
        const duplicate = known.has(fingerprint) || stored.has(fingerprint);
        stored.add(fingerprint);
        if (duplicate) result.duplicates += 1;
        return !duplicate;
      });
      const credits = fresh.filter((b) => b.line.direction === 'credit');
      const matches = await matchLines(
        index,
        credits.map((b) => b.line),
      );
      const matchOf = new Map(credits.map((b, i) => [b, matches[i]!]));
      const rows = fresh.map((b) => ({ ...b, match: matchOf.get(b) ?? null }));
      for (const { match } of rows) if (match && match.confidence >= CONFIDENT) confident += 1;
      await writer.insertMany(account.iban, s.fileName, stamp, rows);
      result.debits += fresh.length - credits.length;
      result.imported += credits.length;
    }
    files.push(result);
  }
  const total = (k: 'imported' | 'duplicates' | 'debits') => files.reduce((a, f) => a + f[k], 0);
  return { files, imported: total('imported'), duplicates: total('duplicates'), debits: total('debits'), confident };
}
