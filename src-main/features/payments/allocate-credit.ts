import { AppError } from '../../../src-shared/contract/errors';
import type { AllocationChoice } from '../../../src-shared/domain/payments/schemas';
import { formatMoney } from '../../../src-shared/money/format';
import type { Currency } from '../../../src-shared/money/currency';
import { translate } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import { invoiceFactsByIds, lockInvoicesForAllocation, openInvoicesOf } from '../invoices/invoices-repo';
import { planAllocation, type CreditFacts, type PlannedAllocation } from './allocation-plan';
import { applyAllocations } from './ledger-writes';

/**
 * Plans and applies the allocation of a credit (payment or credit note), or refuses it field by field.
 * `first` goes before the choice (a credit note pays the invoice it corrects first).
 */
export async function allocateCredit(
  ctx: HandlerContext,
  paymentId: number,
  credit: CreditFacts,
  choice: AllocationChoice,
  date: string,
  first: PlannedAllocation[] = [],
): Promise<number[]> {
  const language = await ctx.language();
  const format = (minor: number) => formatMoney(minor, credit.currency as Currency, language);
  // Automatic allocation locks the customer's open invoices as it reads them.
  if (choice !== 'auto')
    await lockInvoicesForAllocation(ctx.db, [
      ...first.map((line) => line.invoiceId),
      ...(choice === 'none' ? [] : choice.map((line) => line.invoiceId)),
    ]);
  const candidates =
    choice === 'auto'
      ? await openInvoicesOf(ctx.db, credit.customerId, credit.currency, true)
      : choice === 'none'
        ? []
        : await invoiceFactsByIds(
            ctx.db,
            choice.map((line) => line.invoiceId),
          );

  const firstTotal = first.reduce((sum, line) => sum + line.amount, 0);
  const rest = candidates.map((invoice) => {
    const taken = first.find((line) => line.invoiceId === invoice.id);
    return taken ? { ...invoice, openAmount: invoice.openAmount - taken.amount } : invoice;
  });
  const plan = planAllocation(choice, { ...credit, available: credit.available - firstTotal }, rest, format);
  if (!plan.ok) {
    throw new AppError({
      kind: 'validation',
      message: translate(language, 'error.validation'),
      issues: plan.issues.map((issue) => ({ ...issue, message: translate(language, issue.key, issue.params) })),
    });
  }
  const lines = [...first, ...plan.lines];
  await applyAllocations(ctx.db, paymentId, lines, date, ctx.now());
  return lines.map((line) => line.invoiceId);
}
