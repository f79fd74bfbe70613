import type { Insertable } from 'kysely';
import { foldTr } from '../../../src-shared/text/turkish';
import { todayLocal } from '../../../src-shared/dates/business-date';
import type { HandlerContext } from '../../core/context';
import { isPostgres } from '../../store/dialect/kind';
import type { InvoicesTable } from '../../store/tables/ledger';
import type { CustomersTable } from '../../store/tables/customers';
import { savepoint } from '../../store/dialect/savepoints';
import { statement, type RawHandle } from '../../store/dialect/statements';
import { recordAudit } from '../audit/audit-log';
import { loadInvoice } from '../invoices/invoices-repo';
import {
  customerColumns,
  insertCustomer,
  loadCustomer,
  updateCustomerRow,
  type CustomerValues,
} from '../customers/customers-repo';
import { recordPayment } from '../payments/handlers';
import type { ImportJob } from './import-jobs';
import type { InvoiceRowValues, PlannedWrite } from './sheet-rows';

/** Negative: kibibytes (128 MiB). */
const IMPORT_CACHE_KB = -131072;

export interface WriteOutcome {
  created: number;
  updated: number;
  customerIds: Set<number>;
  ledgerCustomerIds: Set<number>;
}

/** New rows sent in one insert on a server, where a round trip per row would be most of an import's time. */
const SERVER_INSERT_ROWS = 500;

/**
 * Invoices go through prepared statements on the transaction's own connection on SQLite: at 100,000 rows the
 * query builder's per-row cost is most of the time. On a server new ones are batched (`flush` sends what waits;
 * an update sends it first, so rows are written in file order). The kept figures follow by trigger either way.
 */
function invoiceWriter(ctx: HandlerContext, raw: RawHandle | null, stamp: string, by: string | null) {
  const pending: Insertable<InvoicesTable>[] = [];
  const batched = isPostgres(ctx.db);
  const flush = async () => {
    if (pending.length > 0) await ctx.db.insertInto('invoices').values(pending.splice(0)).execute();
  };
  const insert = statement<unknown[], never>(
    ctx.db,
    raw,
    `insert into invoices (customer_id, number, number_key, issue_date, due_date, currency, net, vat, total, open_amount,
       written_off_amount, open_disputes, ettn, notes, created_at, updated_at, version, created_by)
     values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, 0, ?, ?, ?, ?, 1, ?)`,
  );
  const update = statement<unknown[], never>(
    ctx.db,
    raw,
    `update invoices set customer_id = ?, issue_date = ?, due_date = ?, currency = ?, net = ?, vat = 0, total = ?,
       open_amount = ?, ettn = coalesce(?, ettn), notes = ?, updated_at = ?, version = version + 1 where id = ?`,
  );
  const dropLines = statement<[number], never>(ctx.db, raw, 'delete from invoice_lines where invoice_id = ?');
  const write = async (id: number | null, v: InvoiceRowValues) => {
    if (id === null && batched) {
      pending.push({
        customer_id: v.customerId,
        number: v.number,
        number_key: foldTr(v.number),
        issue_date: v.issueDate,
        due_date: v.dueDate,
        currency: v.currency,
        net: v.total,
        vat: 0,
        total: v.total,
        open_amount: v.total,
        written_off_amount: 0,
        open_disputes: 0,
        ettn: v.ettn,
        notes: v.notes,
        created_at: stamp,
        updated_at: stamp,
        version: 1,
        created_by: by,
      });
      if (pending.length >= SERVER_INSERT_ROWS) await flush();
    } else if (id === null) {
      await insert.run(
        v.customerId,
        v.number,
        foldTr(v.number),
        v.issueDate,
        v.dueDate,
        v.currency,
        v.total,
        v.total,
        v.total,
        v.ettn,
        v.notes,
        stamp,
        stamp,
        by,
      );
    } else {
      await flush();
      await update.run(v.customerId, v.issueDate, v.dueDate, v.currency, v.total, v.total, v.total, v.ettn, v.notes, stamp, id);
      await dropLines.run(id); // an imported invoice is a single total, like one entered without lines
    }
  };
  return { write, flush };
}

/**
 * New customers: on a server a batch in one insert (the card's columns as `insertCustomer` writes them; an
 * imported card has no contacts), on SQLite one by one (the same insert, microseconds). `flush` returns the new ids.
 */
function customerInserter(ctx: HandlerContext) {
  const pending: Insertable<CustomersTable>[] = [];
  const stamp = ctx.now().toISOString();
  const flush = async (): Promise<number[]> => {
    if (pending.length === 0) return [];
    const rows = await ctx.db.insertInto('customers').values(pending.splice(0)).returning('id').execute();
    return rows.map((r) => r.id);
  };
  const insert = async (values: CustomerValues): Promise<number[]> => {
    if (!isPostgres(ctx.db) || values.contacts.length > 0)
      return [...(await flush()), await insertCustomer(ctx.db, values, ctx.now())];
    pending.push({ ...customerColumns(values), created_at: stamp, updated_at: stamp, version: 1, archived_at: null });
    return pending.length >= SERVER_INSERT_ROWS ? flush() : [];
  };
  return { insert, flush };
}

/** A customer the file updates: only the fields it gives, audited before and after. */
async function updateCustomer(
  ctx: HandlerContext,
  write: Extract<PlannedWrite, { kind: 'customers' }> & { id: number },
): Promise<number> {
  const current = await loadCustomer(ctx.db, { id: write.id });
  if (!current) return write.id;
  const given = Object.fromEntries(write.given.map((f) => [f, write.values[f as keyof CustomerValues]]));
  await updateCustomerRow(ctx.db, write.id, { ...current, ...given } as CustomerValues, ctx.now());
  await recordAudit(ctx, 'imports/commit', 'customer', write.id, current, await loadCustomer(ctx.db, { id: write.id }));
  return write.id;
}

/** An invoice a duplicate row replaces is audited like an edit, before and after (new rows: the import's own row). */
async function auditedInvoiceUpdate(ctx: HandlerContext, id: number, update: () => Promise<void>): Promise<void> {
  const today = todayLocal(ctx.now());
  const before = await loadInvoice(ctx.db, id, today);
  await update();
  await recordAudit(ctx, 'imports/commit', 'invoice', id, before, await loadInvoice(ctx.db, id, today));
}

/**
 * Writes the planned rows inside the caller's transaction, under a savepoint: a cancel rolls back to it,
 * so the import leaves nothing behind, and a failure rolls back with the whole transaction.
 */
export async function writePlan(
  ctx: HandlerContext,
  raw: RawHandle | null,
  writes: readonly PlannedWrite[],
  job: ImportJob,
): Promise<WriteOutcome | null> {
  const out: WriteOutcome = { created: 0, updated: 0, customerIds: new Set(), ledgerCustomerIds: new Set() };
  const invoices = invoiceWriter(ctx, raw, ctx.now().toISOString(), ctx.actor.name);
  // A large import touches a dozen invoice indexes: with SQLite's default 2 MB page cache the transaction
  // spills pages to the WAL again and again. A bigger cache for the import's length keeps them in memory.
  const sqlite = isPostgres(ctx.db) || !raw ? null : raw();
  const cacheSize = sqlite?.pragma('cache_size', { simple: true }) as number | undefined;
  sqlite?.pragma(`cache_size = ${IMPORT_CACHE_KB}`);
  const undo = await savepoint(ctx.db, 'vade_import');
  try {
    const newCustomers = customerInserter(ctx);
    const added = (ids: number[]) => ids.forEach((id) => out.customerIds.add(id));
    for (const [index, write] of writes.entries()) {
      if (write.kind !== 'invoices') await invoices.flush();
      if (write.kind !== 'customers' || write.id !== null) added(await newCustomers.flush());
      if (write.kind === 'customers' && write.id === null) added(await newCustomers.insert(write.values));
      else if (write.kind === 'customers') out.customerIds.add(await updateCustomer(ctx, { ...write, id: write.id! }));
      else if (write.kind === 'invoices') {
        const { id, values } = write;
        if (id === null) await invoices.write(null, values);
        else await auditedInvoiceUpdate(ctx, id, () => invoices.write(id, values));
        out.ledgerCustomerIds.add(write.values.customerId);
      } else {
        await recordPayment(ctx, write.values);
        out.ledgerCustomerIds.add(write.values.customerId);
      }
      if ('id' in write && write.id !== null) out.updated += 1;
      else out.created += 1;
      await job.tick('write', index + 1, writes.length);
      if (job.cancelled) {
        await undo.rollback();
        return null;
      }
    }
    await invoices.flush();
    added(await newCustomers.flush());
    await undo.release();
    return out;
  } catch (error) {
    await undo.rollback();
    throw error;
  } finally {
    if (cacheSize !== undefined) sqlite?.pragma(`cache_size = ${cacheSize}`);
  }
}
