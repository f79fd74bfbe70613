import { todayLocal } from '../../../src-shared/dates/business-date';
import type { BankInspectResult } from '../../../src-shared/domain/bank/types';
import type { HandlerContext } from '../../core/context';
import type { DomainHandlers } from '../../core/registry';
import { fieldError, notFound } from '../../core/errors';
import { recordAudit } from '../audit/audit-log';
import { requireCustomer } from '../customers/customer-guard';
import { acceptLines } from './accept-lines';
import { listLines, loadLine } from './bank-lines-repo';
import { addCustomerIban, customerIbans, removeCustomerIban } from './customer-ibans';
import { companyAccounts, importStatements, readStatements, type BankDeps } from './import-statements';
import { factsOf } from './line-facts';
import { MatchIndex } from './matching/match-index';
import { namedInvoiceIds } from './matching/match-line';
import { rematchSenders } from './rematch';

const SAMPLE = 8;

export function bankHandlers(deps: BankDeps): DomainHandlers<'bank'> {
  /** Matches the open lines from these IBANs (or all) again, against the ledger as it is now. */
  const rematch = (ctx: HandlerContext, ibans: string[] | 'all') =>
    rematchSenders(
      ctx.db,
      () => deps.raw,
      () => MatchIndex.build(ctx.db, () => deps.raw, todayLocal(ctx.now())),
      ibans,
    );
  return {
    'bank/accounts': async (_args, ctx) => {
      const open = await ctx.db
        .selectFrom('bank_lines')
        .select(['account_iban', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'open')
        .groupBy('account_iban')
        .execute();
      return (await companyAccounts(ctx)).map((a) => ({
        iban: a.iban,
        bank: a.bank,
        currency: a.currency,
        openLines: Number(open.find((o) => o.account_iban === a.iban)?.n ?? 0),
      }));
    },

    'bank/inspect': async (args, ctx) => {
      const account = args.accountIban ? (await companyAccounts(ctx)).find((a) => a.iban === args.accountIban) : undefined;
      const statements = await readStatements(deps, ctx, args, account?.currency ?? 'TRY');
      return statements.map((s): BankInspectResult => ({
        fileName: s.fileName,
        format: s.format,
        accountIban: s.accountIban,
        headers: s.sheet?.headers ?? [],
        mapping: s.sheet?.mapping ?? {},
        remembered: s.sheet?.remembered ?? false,
        lines: s.lines.length,
        credits: s.lines.filter((l) => l.direction === 'credit').length,
        debits: s.lines.filter((l) => l.direction === 'debit').length,
        sample: s.lines.slice(0, SAMPLE).map((l) => ({
          bookingDate: l.bookingDate,
          direction: l.direction,
          amount: l.amount,
          currency: l.currency,
          description: l.description,
        })),
      }));
    },

    'bank/import': async (args, ctx) => {
      const result = await importStatements(deps, ctx, args);
      // One row per import, as the sheet import does: which account, which files, how many lines.
      await recordAudit(ctx, 'bank/import', 'bank_statement', 0, null, { accountIban: args.accountIban, ...result });
      ctx.emit({ type: 'bank/changed' });
      return result;
    },

    'bank/lines': (args, ctx) => listLines(ctx.db, args),

    'bank/line': async ({ id }, ctx) => {
      const line = await loadLine(ctx.db, id);
      if (!line) throw notFound(`Bank line ${id} does not exist`);
      return line;
    },

    'bank/proposal': async ({ lineId, customerId }, ctx) => {
      const line = await loadLine(ctx.db, lineId);
      if (!line) throw notFound(`Bank line ${lineId} does not exist`);
      await requireCustomer(ctx, customerId);
      const index = await MatchIndex.build(ctx.db, () => deps.raw, todayLocal(ctx.now()));
      return index.proposal(customerId, line.currency, line.amount, await namedInvoiceIds(index, factsOf(line), customerId));
    },

    'bank/accept': async (args, ctx) => {
      const result = await acceptLines(() => deps.raw, ctx, args);
      ctx.emit({ type: 'bank/changed' });
      return result;
    },

    'bank/dismiss': async ({ lineIds }, ctx) => {
      const open = await ctx.db
        .selectFrom('bank_lines')
        .select('id')
        .where('id', 'in', lineIds)
        .where('status', '=', 'open')
        .execute();
      for (const { id } of open) {
        const before = await loadLine(ctx.db, id);
        await ctx.db
          .updateTable('bank_lines')
          .set({ status: 'dismissed', handled_at: ctx.now().toISOString() })
          .where('id', '=', id)
          .execute();
        await recordAudit(ctx, 'bank/dismiss', 'bank_line', id, before, await loadLine(ctx.db, id));
      }
      if (open.length > 0) ctx.emit({ type: 'bank/changed' });
      return { dismissed: open.length };
    },

    'bank/rematch': async (_args, ctx) => {
      const matched = await rematch(ctx, 'all');
      ctx.emit({ type: 'bank/changed' });
      return { matched };
    },

    'bank/customer-ibans': async ({ customerId }, ctx) => {
      await requireCustomer(ctx, customerId);
      return customerIbans(ctx.db, customerId);
    },

    'bank/add-customer-iban': async ({ customerId, iban }, ctx) => {
      await requireCustomer(ctx, customerId);
      if ((await companyAccounts(ctx)).some((a) => a.iban === iban)) {
        throw fieldError(await ctx.language(), 'validation', ['iban'], 'bank.error.ownIban');
      }
      const before = await customerIbans(ctx.db, customerId);
      await addCustomerIban(ctx.db, customerId, iban, ctx.now());
      await rematch(ctx, [iban]);
      const after = await customerIbans(ctx.db, customerId);
      await recordAudit(ctx, 'bank/add-customer-iban', 'customer_iban', customerId, before, after);
      ctx.emit({ type: 'bank/changed' });
      return after;
    },

    'bank/remove-customer-iban': async ({ customerId, iban }, ctx) => {
      await requireCustomer(ctx, customerId);
      const before = await customerIbans(ctx.db, customerId);
      await removeCustomerIban(ctx.db, customerId, iban);
      await rematch(ctx, [iban]);
      const after = await customerIbans(ctx.db, customerId);
      await recordAudit(ctx, 'bank/remove-customer-iban', 'customer_iban', customerId, before, after);
      ctx.emit({ type: 'bank/changed' });
      return after;
    },
  };
}
