import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import type { HandlerContext } from '../../core/context';
import { fieldError, notFound } from '../../core/errors';
import type { DomainHandlers } from '../../core/registry';
import { recordAudit } from '../audit/audit-log';
import { keptOrNext } from '../numbering/kept-or-next';
import { requireCustomer } from '../customers/customer-guard';
import { listInvoices, type ListDays } from './invoices-list';
import { invoiceTotals } from './invoices-totals';
import {
  hasActiveAllocations,
  insertInvoice,
  loadInvoice,
  numberTakenBy,
  replaceInvoice,
  suggestInvoiceNumber,
  type InvoiceContent,
} from './invoices-repo';

async function mustLoad(ctx: HandlerContext, id: number): Promise<Invoice> {
  const invoice = await loadInvoice(ctx.db, id, todayLocal(ctx.now()));
  if (!invoice) throw notFound(`Invoice ${id} does not exist`);
  return invoice;
}

async function assertUnique(ctx: HandlerContext, content: InvoiceContent, ownId?: number): Promise<void> {
  const holder = await numberTakenBy(ctx.db, content.number);
  if (holder !== undefined && holder !== ownId)
    throw fieldError(await ctx.language(), 'conflict', ['number'], 'validation.numberTaken');
  if (content.ettn) {
    const row = await ctx.db.selectFrom('invoices').select('id').where('ettn', '=', content.ettn).executeTakeFirst();
    if (row && row.id !== ownId) throw fieldError(await ctx.language(), 'conflict', ['ettn'], 'validation.numberTaken');
  }
}

const listDays = (ctx: HandlerContext, today: string | undefined): ListDays => {
  const ledgerDay = todayLocal(ctx.now());
  return { today: today ?? ledgerDay, ledgerDay };
};

const ledgerChanged = (ctx: HandlerContext, customerId: number) =>
  ctx.emit({ type: 'ledger/changed', customerIds: [customerId] });

export const invoicesHandlers: DomainHandlers<'invoices'> = {
  'invoices/create': async (input, ctx) => {
    const customer = await requireCustomer(ctx, input.customerId);
    const year = input.issueDate.slice(0, 4);
    const number = await keptOrNext(ctx, input.number, input.suggestedNumber, numberTakenBy, () =>
      suggestInvoiceNumber(ctx.db, year),
    );
    const content: InvoiceContent = {
      customerId: customer.id,
      number: number.used,
      issueDate: input.issueDate,
      dueDate: input.dueDate ?? addDays(input.issueDate, customer.paymentTermsDays),
      currency: input.currency,
      lines: input.lines,
      total: input.total,
      ettn: input.ettn ?? null,
      notes: input.notes,
    };
    await assertUnique(ctx, content);
    const id = await insertInvoice(ctx.db, content, ctx.now(), ctx.actor.name);
    const created = await mustLoad(ctx, id);
    await recordAudit(ctx, 'invoices/create', 'invoice', id, null, created);
    ledgerChanged(ctx, customer.id);
    return { ...created, ...number.notice };
  },

  'invoices/update': async ({ id, version, ...changes }, ctx) => {
    const current = await mustLoad(ctx, id);
    const language = await ctx.language();
    if (version !== undefined && version !== current.version)
      throw fieldError(language, 'conflict', ['version'], 'validation.staleVersion');
    const onlyNotes = Object.entries(changes).every(([key, value]) => key === 'notes' || value === undefined);
    if (!onlyNotes && (current.writtenOffAmount > 0 || (await hasActiveAllocations(ctx.db, id)))) {
      throw fieldError(language, 'conflict', ['id'], 'validation.invoiceLocked');
    }
    const switchesToTotal = changes.total !== undefined;
    const content: InvoiceContent = {
      customerId: current.customerId,
      number: changes.number ?? current.number,
      issueDate: changes.issueDate ?? current.issueDate,
      dueDate: changes.dueDate ?? current.dueDate,
      currency: changes.currency ?? current.currency,
      lines: changes.lines ?? (switchesToTotal || current.lines.length === 0 ? undefined : current.lines),
      total: changes.lines ? undefined : (changes.total ?? (current.lines.length === 0 ? current.total : undefined)),
      ettn: changes.ettn === undefined ? current.ettn : changes.ettn,
      notes: changes.notes ?? current.notes,
    };
    if (content.dueDate < content.issueDate) throw fieldError(language, 'validation', ['dueDate'], 'validation.dueBeforeIssue');
    await assertUnique(ctx, content, id);
    await replaceInvoice(ctx.db, id, content, ctx.now());
    const updated = await mustLoad(ctx, id);
    await recordAudit(ctx, 'invoices/update', 'invoice', id, current, updated);
    ledgerChanged(ctx, current.customerId);
    return updated;
  },

  'invoices/get': ({ id }, ctx) => mustLoad(ctx, id),

  'invoices/list': (query, ctx) => listInvoices(ctx.db, query, listDays(ctx, query.today)),

  'invoices/totals': (query, ctx) => invoiceTotals(ctx.db, query, listDays(ctx, query.today)),

  'invoices/write-off': async ({ id, reason, date }, ctx) => {
    const current = await mustLoad(ctx, id);
    if (current.openAmount === 0) throw fieldError(await ctx.language(), 'validation', ['id'], 'validation.nothingOpen');
    await ctx.db
      .updateTable('invoices')
      .set((eb) => ({
        written_off_amount: eb('written_off_amount', '+', current.openAmount),
        open_amount: 0,
        written_off_on: date ?? todayLocal(ctx.now()),
        write_off_reason: reason,
        written_off_by: ctx.actor.name,
        updated_at: ctx.now().toISOString(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    const updated = await mustLoad(ctx, id);
    await recordAudit(ctx, 'invoices/write-off', 'invoice', id, current, updated);
    ledgerChanged(ctx, current.customerId);
    return updated;
  },

  'invoices/suggest-number': async ({ issueDate }, ctx) => ({
    number: await suggestInvoiceNumber(ctx.db, (issueDate ?? todayLocal(ctx.now())).slice(0, 4)),
  }),
};
