import { numberedAfter } from '../../store/dialect/text-patterns';
import { isPostgres } from '../../store/dialect/kind';
import { invoiceTotals, lineAmounts, lineInputOf, type LineInput } from '../../../src-shared/domain/invoices/line-math';
import type { InvoiceLineCreate } from '../../../src-shared/domain/invoices/schemas';
import type { Invoice } from '../../../src-shared/domain/invoices/types';
import { foldTr } from '../../../src-shared/text/turkish';
import type { Db } from '../../store/schema';
import type { OpenInvoiceFacts } from '../payments/allocation-plan';
import { toInvoice, toLine } from './invoice-mapper';

/** What an invoice is made of, decided and validated: either lines or a single total. */
export interface InvoiceContent {
  customerId: number;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  lines: InvoiceLineCreate[] | undefined;
  total: number | undefined;
  ettn: string | null;
  notes: string;
}

// The schema refused lines whose decimals do not fit the scales.
const toLineInput = (l: InvoiceLineCreate): LineInput => lineInputOf(l)!;

/** Net, VAT and total in minor units; a single-total invoice has no VAT breakdown of its own. */
export function amountsOf(content: Pick<InvoiceContent, 'lines' | 'total'>): { net: number; vat: number; total: number } {
  if (content.lines) return invoiceTotals(content.lines.map(toLineInput));
  return { net: content.total!, vat: 0, total: content.total! };
}

export async function loadInvoice(db: Db, id: number, today: string): Promise<Invoice | undefined> {
  const row = await db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [lines, allocations] = await Promise.all([
    db.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('allocations as a')
      .innerJoin('payments as p', 'p.id', 'a.payment_id')
      .select(['a.id', 'a.payment_id', 'p.kind', 'a.amount', 'a.date', 'a.reversed_at'])
      .where('a.invoice_id', '=', id)
      .orderBy('a.id')
      .execute(),
  ]);
  return toInvoice(
    row,
    lines.map(toLine),
    allocations.map((a) => ({
      id: a.id,
      paymentId: a.payment_id,
      kind: a.kind,
      amount: a.amount,
      date: a.date,
      reversed: a.reversed_at !== null,
    })),
    today,
  );
}

export async function numberTakenBy(db: Db, number: string): Promise<number | undefined> {
  const row = await db.selectFrom('invoices').select('id').where('number_key', '=', foldTr(number)).executeTakeFirst();
  return row?.id;
}

async function writeLines(db: Db, invoiceId: number, lines: InvoiceLineCreate[] | undefined): Promise<void> {
  await db.deleteFrom('invoice_lines').where('invoice_id', '=', invoiceId).execute();
  for (const [position, line] of (lines ?? []).entries()) {
    const input = toLineInput(line);
    const amounts = lineAmounts(input);
    await db
      .insertInto('invoice_lines')
      .values({
        invoice_id: invoiceId,
        position,
        description: line.description,
        quantity_milli: input.quantityMilli,
        unit_price: input.unitPrice,
        vat_rate: input.vatRate,
        discount_bp: input.discountBasisPoints,
        net: amounts.net,
        vat: amounts.vat,
      })
      .execute();
  }
}

const columnsOf = (c: InvoiceContent) => {
  const amounts = amountsOf(c);
  return {
    customer_id: c.customerId,
    number: c.number,
    number_key: foldTr(c.number),
    issue_date: c.issueDate,
    due_date: c.dueDate,
    currency: c.currency,
    ...amounts,
    open_amount: amounts.total,
    ettn: c.ettn,
    notes: c.notes,
  };
};

/** `by`: the person named on the PC that enters it (null when none), shown on the customer's timeline. */
export async function insertInvoice(db: Db, content: InvoiceContent, now: Date, by: string | null): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await db
    .insertInto('invoices')
    .values({
      ...columnsOf(content),
      written_off_amount: 0,
      open_disputes: 0,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
      created_by: by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLines(db, id, content.lines);
  return id;
}

/** Rewrites an invoice that nothing is allocated to (the caller checked). */
export async function replaceInvoice(db: Db, id: number, content: InvoiceContent, now: Date): Promise<void> {
  await db
    .updateTable('invoices')
    .set((eb) => ({ ...columnsOf(content), updated_at: now.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
  await writeLines(db, id, content.lines);
}

const openFactsSelect = ['id', 'customer_id', 'currency', 'due_date', 'open_amount', 'open_disputes'] as const;
const toFacts = (r: {
  id: number;
  customer_id: number;
  currency: string;
  due_date: string;
  open_amount: number;
  open_disputes: number;
}): OpenInvoiceFacts => ({
  id: r.id,
  customerId: r.customer_id,
  currency: r.currency,
  dueDate: r.due_date,
  openAmount: r.open_amount,
  openDisputes: r.open_disputes,
});

/**
 * A customer's open invoices in one currency, oldest due first (for automatic allocation). `lock`: on PostgreSQL
 * they are read and locked in one statement (`FOR UPDATE` in id order, as `lockInvoicesForAllocation` does), which
 * returns each row as the last writer left it; then put in due order here. One round trip instead of two.
 */
export async function openInvoicesOf(db: Db, customerId: number, currency: string, lock = false): Promise<OpenInvoiceFacts[]> {
  const locking = lock && isPostgres(db);
  const rows = await db
    .selectFrom('invoices')
    .select(openFactsSelect)
    .where('customer_id', '=', customerId)
    .where('currency', '=', currency)
    .where('open_amount', '>', 0)
    .$if(!locking, (q) => q.orderBy('due_date'))
    .orderBy('id')
    .$if(locking, (q) => q.forUpdate())
    .execute();
  if (locking) rows.sort((a, b) => (a.due_date < b.due_date ? -1 : a.due_date > b.due_date ? 1 : a.id - b.id));
  return rows.map(toFacts);
}

/**
 * On PostgreSQL, locks the invoices an allocation is about to read and change (`SELECT … FOR UPDATE`), always in id
 * order so two PCs allocating overlapping invoices wait for each other instead of deadlocking; the open amounts
 * read next are then the latest. SQLite has one writer at a time (its file lock): nothing to do there.
 */
export async function lockInvoicesForAllocation(db: Db, ids: readonly number[]): Promise<void> {
  if (!isPostgres(db) || ids.length === 0) return;
  await db
    .selectFrom('invoices')
    .select('id')
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function invoiceFactsByIds(db: Db, ids: number[]): Promise<OpenInvoiceFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('invoices').select(openFactsSelect).where('id', 'in', ids).execute();
  return rows.map(toFacts);
}

export async function hasActiveAllocations(db: Db, invoiceId: number): Promise<boolean> {
  const row = await db
    .selectFrom('allocations')
    .select('id')
    .where('invoice_id', '=', invoiceId)
    .where('reversed_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The next number of the VDE<year><9 digits> series (the 16-character e-Fatura layout). */
export async function suggestInvoiceNumber(db: Db, year: string): Promise<string> {
  const prefix = `VDE${year}`;
  const row = await db
    .selectFrom('invoices')
    .select('number')
    .where(numberedAfter(db, 'number', prefix, 9))
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  const next = row ? Number(row.number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(next).padStart(9, '0')}`;
}
