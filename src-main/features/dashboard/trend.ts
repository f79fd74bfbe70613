import { todayLocal } from '../../../src-shared/dates/business-date';
import { addMonths, monthEnd, monthStart } from '../../../src-shared/dates/months';
import type { CollectionsTrend } from '../../../src-shared/domain/dashboard/types';
import type { Currency } from '../../../src-shared/money/currency';
import type { Handler } from '../../core/registry';
import type { Db } from '../../store/schema';
import { memoOnLedger } from './ledger-memo';
import { collectedIn, salesIn, type Window } from './window-figures';

/** Invoiced against collected per calendar month, oldest first, ending with the month of `asOf` so far. */
export async function collectionsTrend(db: Db, asOf: string, months: number): Promise<CollectionsTrend> {
  const windows: Window[] = Array.from({ length: months }, (_, i) => {
    const day = addMonths(monthStart(asOf), i - months + 1);
    return { from: day, to: i === months - 1 ? asOf : monthEnd(day) };
  });
  const invoiced = await salesIn(db, windows);
  const collected = await collectedIn(db, windows);
  const currencies = new Set([...invoiced, ...collected].flatMap((m) => [...m.keys()]));
  return {
    asOf,
    currencies: [...currencies].sort().map((currency) => ({
      currency: currency as Currency,
      months: windows.map((w, i) => ({
        month: w.from,
        invoiced: invoiced[i]!.get(currency)?.[0] ?? 0,
        collected: collected[i]!.get(currency)?.[0] ?? 0,
      })),
    })),
  };
}

export const trendHandler: Handler<'dashboard/trend'> = ({ months }, ctx) => {
  const today = todayLocal(ctx.now());
  return memoOnLedger(ctx.db, `trend|${today}|${months}`, () => collectionsTrend(ctx.db, today, months));
};
