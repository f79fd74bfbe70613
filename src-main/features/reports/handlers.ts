import { daysBetween, todayLocal } from '../../../src-shared/dates/business-date';
import type { Currency } from '../../../src-shared/money/currency';
import type { DomainHandlers, Handler } from '../../core/registry';
import { fieldError, notFound } from '../../core/errors';
import { COLLECTIONS_MAX_DAYS } from '../../../src-shared/domain/reports/schemas';
import { agingCells } from './aging-query';
import { agingReport, figuresOf } from './aging-report';
import { memoOnLedger } from '../dashboard/ledger-memo';
import { receivablesByCustomer } from '../receivables/receivables-by-customer';
import { collectionsReport } from './collections-report';
import { paymentBehaviour } from './payment-behaviour';
import type { DocumentHost } from '../../documents/document-host';
import { reportPdfExportHandler, reportPdfHandler } from './report-pdf';

/** The report methods; PDFs are saved through the document host (dialogs in the desktop app). */
export const reportsHandlers = (host: DocumentHost): DomainHandlers<'reports'> => ({
  'reports/aging': (query, ctx) => agingReport(ctx.db, query, ctx.now()),
  'reports/collections': async (query, ctx) => {
    const today = todayLocal(ctx.now());
    // The schema checks a range it is given whole; an end left out is today, checked here.
    if (query.from && !query.to) {
      if (query.from > today) throw fieldError(await ctx.language(), 'validation', ['to'], 'reports.collections.rangeInvalid');
      if (daysBetween(query.from, today) > COLLECTIONS_MAX_DAYS)
        throw fieldError(await ctx.language(), 'validation', ['to'], 'reports.collections.rangeTooLong');
    }
    return memoOnLedger(ctx.db, `collections|${today}|${JSON.stringify(query)}`, () => collectionsReport(ctx.db, query, today));
  },
  'reports/pdf': reportPdfHandler,
  'reports/export-pdf': reportPdfExportHandler(host),
  'reports/payment-behaviour': (_args, ctx) => {
    const today = todayLocal(ctx.now());
    return memoOnLedger(ctx.db, `behaviour|${today}`, () => paymentBehaviour(ctx.db, today));
  },
});

/** The money side of a customer card: balance, overdue, aging and credit-limit use per currency. */
export const customerAccountHandler: Handler<'customers/account'> = async ({ id, asOf, bounds }, ctx) => {
  const today = todayLocal(ctx.now());
  const day = asOf ?? today;
  // The card, its aging and the split of its overdue read together (on a server: side by side, not one after another);
  // an unknown id has no aging and no parts. Disputes and plans are known as they stand now: the split is today's only.
  const [customer, cells, parts] = await Promise.all([
    ctx.db
      .selectFrom('customers')
      .select(['id', 'credit_limit_amount', 'credit_limit_currency'])
      .where('id', '=', id)
      .executeTakeFirst(),
    agingCells(ctx.db, { asOf: day, bounds, customerId: id }, today),
    day >= today ? receivablesByCustomer(ctx.db, day, [id]) : null,
  ]);
  if (!customer) throw notFound(`Customer ${id} does not exist`);
  const partsOf = (currency: string) => {
    if (!parts) return { overdueDisputed: null, overdueInPlan: null };
    const r = parts.find((p) => p.currency === currency);
    return { overdueDisputed: r?.overdueDisputed ?? 0, overdueInPlan: r?.overdueInPlan ?? 0 };
  };
  const currencies = cells
    .map((c) => ({
      ...figuresOf(c),
      overdue: c.buckets.slice(1).reduce((a, b) => a + b, 0),
      openInvoiceCount: c.openCount,
      overdueInvoiceCount: c.overdueCount,
      ...partsOf(c.currency),
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));

  let creditLimit = null;
  if (customer.credit_limit_amount !== null && customer.credit_limit_currency !== null) {
    const used = Math.max(0, currencies.find((c) => c.currency === customer.credit_limit_currency)?.balance ?? 0);
    creditLimit = {
      limit: { amount: customer.credit_limit_amount, currency: customer.credit_limit_currency as Currency },
      used,
      available: customer.credit_limit_amount - used,
      exceeded: used > customer.credit_limit_amount,
    };
  }
  return { customerId: id, asOf: day, bounds: [...bounds], currencies, creditLimit };
};
