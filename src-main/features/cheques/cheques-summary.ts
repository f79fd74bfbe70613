import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { monthEnd } from '../../../src-shared/dates/months';
import { LIVE_STATUSES } from '../../../src-shared/domain/cheques/lifecycle';
import type { CurrencyTotal } from '../../../src-shared/domain/cheques/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { loadClosedDays } from '../holidays/holidays-repo';
import { chequeSelect, toListItem } from './cheques-repo';

/** How many days before a note's protest deadline it is warned about. */
const PROTEST_WARNING_DAYS = 7;

/** Sunday of this week (weeks start on Monday in Türkiye). */
function weekEnd(today: string): string {
  const day = new Date(`${today}T00:00:00Z`).getUTCDay();
  return addDays(today, (7 - day) % 7);
}

async function maturing(db: Db, from: string, to: string): Promise<CurrencyTotal[]> {
  const rows = await db
    .selectFrom('cheques')
    .select(['currency', (eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('status', 'in', LIVE_STATUSES)
    .where('due_date', '>=', from)
    .where('due_date', '<=', to)
    .groupBy('currency')
    .orderBy('currency')
    .execute();
  return rows.map((r) => ({ currency: r.currency as Currency, count: Number(r.count), amount: Number(r.amount) }));
}

export const chequeSummary: Handler<'cheques/summary'> = async (_input, ctx) => {
  const today = todayLocal(ctx.now());
  const byStatus = await ctx.db
    .selectFrom('cheques')
    .select([
      'status',
      'currency',
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.sum<number>('amount').as('amount'),
    ])
    .groupBy(['status', 'currency'])
    .orderBy('status')
    .orderBy('currency')
    .execute();
  // The deadline is never before the due date, so notes due after the horizon cannot be warned about yet.
  const notes = await chequeSelect(ctx.db)
    .where('c.kind', '=', 'note')
    .where('c.status', 'in', LIVE_STATUSES)
    .where('c.due_date', '<=', addDays(today, PROTEST_WARNING_DAYS))
    .orderBy('c.due_date')
    .orderBy('c.id')
    .limit(200)
    .execute();
  const horizon = addDays(today, PROTEST_WARNING_DAYS);
  const closed = await loadClosedDays(ctx.db);
  const protestWarnings = notes.flatMap((row) => {
    const item = toListItem(row, closed);
    const deadline = item.protestDeadline ?? row.due_date;
    return deadline <= horizon ? [{ ...item, protestDeadline: deadline, passed: deadline < today }] : [];
  });
  return {
    today,
    byStatus: byStatus.map((r) => ({
      status: r.status,
      currency: r.currency as Currency,
      count: Number(r.count),
      amount: Number(r.amount),
    })),
    maturingThisWeek: await maturing(ctx.db, today, weekEnd(today)),
    maturingThisMonth: await maturing(ctx.db, today, monthEnd(today)),
    protestWarnings,
  };
};
