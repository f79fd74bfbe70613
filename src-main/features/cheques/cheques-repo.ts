import type { Selectable } from 'kysely';
import { allowedNext } from '../../../src-shared/domain/cheques/lifecycle';
import { protestDeadline } from '../../../src-shared/domain/cheques/protest-deadline';
import type { ClosedDays } from '../../../src-shared/dates/business-days';
import type { Cheque, ChequeListItem } from '../../../src-shared/domain/cheques/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { HandlerContext } from '../../core/context';
import { notFound } from '../../core/errors';
import type { Db } from '../../store/schema';
import type { ChequesTable } from '../../store/tables/cheques';
import { loadClosedDays } from '../holidays/holidays-repo';

export type ChequeRow = Selectable<ChequesTable> & { customer_title: string };

/** The cheques with their customer's title, for the list, the summary and one cheque alike. */
export const chequeSelect = (db: Db) =>
  db
    .selectFrom('cheques as c')
    .innerJoin('customers as cu', 'cu.id', 'c.customer_id')
    .selectAll('c')
    .select('cu.title as customer_title');

/** `closed`: the holiday list's closed days, which the protest deadline skips. */
export const toListItem = (r: ChequeRow, closed: ClosedDays): ChequeListItem => ({
  id: r.id,
  kind: r.kind,
  customerId: r.customer_id,
  customerTitle: r.customer_title,
  serialNumber: r.serial_number,
  bank: r.bank,
  drawer: r.drawer,
  dueDate: r.due_date,
  amount: r.amount,
  currency: r.currency as Currency,
  status: r.status,
  statusDate: r.status_date,
  protestDeadline: r.kind === 'note' ? protestDeadline(r.due_date, closed) : null,
});

export async function loadCheque(db: Db, id: number): Promise<Cheque | undefined> {
  const row = await chequeSelect(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const events = await db.selectFrom('cheque_events').selectAll().where('cheque_id', '=', id).orderBy('id').execute();
  return {
    ...toListItem(row, await loadClosedDays(db)),
    branch: row.branch,
    endorsers: JSON.parse(row.endorsers) as string[],
    issuePlace: row.issue_place,
    issueDate: row.issue_date,
    receivedOn: row.received_on,
    note: row.note,
    paymentId: row.payment_id,
    counterparty: row.counterparty,
    history: events.map((e) => ({
      id: e.id,
      from: e.from_status,
      to: e.to_status,
      date: e.date,
      note: e.note,
      counterparty: e.counterparty,
      createdAt: e.created_at,
    })),
    next: allowedNext(row.kind, row.status),
  };
}

export async function mustLoadCheque(ctx: Pick<HandlerContext, 'db'>, id: number): Promise<Cheque> {
  const cheque = await loadCheque(ctx.db, id);
  if (!cheque) throw notFound(`Cheque ${id} does not exist`);
  return cheque;
}
