import { todayLocal } from '../../../src-shared/dates/business-date';
import type { BankInspectResult } from '../../../src-shared/domain/bank/types';
import type { DomainHandlers } from '../../core/registry';
import { fieldError, notFound } from '../../core/errors';
import { requireCustomer } from '../customers/customer-guard';
import { acceptLines } from './accept-lines';
import { listLines, loadLine } from './bank-lines-repo';
import { addCustomerIban, customerIbans, removeCustomerIban } from './customer-ibans';
import { companyAccounts, importStatements, readStatements, type BankDeps } from './import-statements';
import { factsOf } from './line-facts';
import { MatchIndex } from './matching/match-index';
import { namedInvoiceIds } from './matching/match-line';
import { proposeAllocation } from './matching/propose-allocation';
import { rematchSenders } from './rematch';

const SAMPLE = 8;

export function bankHandlers(deps: BankDeps): DomainHandlers<'bank'> {
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

    'bank/import': (args, ctx) => importStatements(deps, ctx, args),

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
      const index = new MatchIndex(deps.raw, todayLocal(ctx.now()));
      return proposeAllocation(
        index.openInvoicesOf(customerId, line.currency),
        line.amount,
        namedInvoiceIds(index, factsOf(line), customerId),
      );
    },

    'bank/accept': (args, ctx) => acceptLines(deps.raw, ctx, args),

    'bank/dismiss': async ({ lineIds }, ctx) => {
      const result = await ctx.db
        .updateTable('bank_lines')
        .set({ status: 'dismissed', handled_at: ctx.now().toISOString() })
        .where('id', 'in', lineIds)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return { dismissed: Number(result.numUpdatedRows) };
    },

    'bank/rematch': async (_args, ctx) => ({
      matched: await rematchSenders(ctx.db, () => new MatchIndex(deps.raw, todayLocal(ctx.now())), 'all'),
    }),

    'bank/customerIbans': async ({ customerId }, ctx) => {
      await requireCustomer(ctx, customerId);
      return customerIbans(ctx.db, customerId);
    },

    'bank/addCustomerIban': async ({ customerId, iban }, ctx) => {
      await requireCustomer(ctx, customerId);
      if ((await companyAccounts(ctx)).some((a) => a.iban === iban)) {
        throw fieldError(await ctx.language(), 'validation', ['iban'], 'bank.error.ownIban');
      }
      await addCustomerIban(ctx.db, customerId, iban, ctx.now());
      await rematchSenders(ctx.db, () => new MatchIndex(deps.raw, todayLocal(ctx.now())), [iban]);
      return customerIbans(ctx.db, customerId);
    },

    'bank/removeCustomerIban': async ({ customerId, iban }, ctx) => {
      await requireCustomer(ctx, customerId);
      await removeCustomerIban(ctx.db, customerId, iban);
      await rematchSenders(ctx.db, () => new MatchIndex(deps.raw, todayLocal(ctx.now())), [iban]);
      return customerIbans(ctx.db, customerId);
    },
  };
}
