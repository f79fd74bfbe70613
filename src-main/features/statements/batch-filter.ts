import type { BatchFilter } from '../../../src-shared/domain/statements/schemas';
import type { HandlerContext } from '../../core/context';
import { agingCells } from '../reports/aging-query';

/**
 * The active customers a batch covers, in code order: balance on `asOf` (≠ 0, > 0 or any), overdue,
 * currency, risk segment, or a given list.
 */
export async function batchCustomerIds(ctx: HandlerContext, filter: BatchFilter, asOf: string, today: string): Promise<number[]> {
  let query = ctx.db.selectFrom('customers').select('id').where('archived_at', 'is', null).orderBy('code_key');
  if (filter.customerIds) query = query.where('id', 'in', filter.customerIds);
  let ids = (await query.execute()).map((r) => r.id);

  const needsLedger = filter.balance !== 'any' || filter.overdueOnly || filter.currency !== undefined;
  if (needsLedger) {
    const cells = await agingCells(ctx.db, { asOf, bounds: [30], currency: filter.currency }, today);
    const matching = new Set<number>();
    for (const cell of cells) {
      const balance = cell.buckets.reduce((a, b) => a + b, 0) - cell.credit;
      const overdue = cell.buckets.slice(1).some((v) => v > 0);
      const balanceOk = filter.balance === 'any' || (filter.balance === 'positive' ? balance > 0 : balance !== 0);
      if (balanceOk && (!filter.overdueOnly || overdue)) matching.add(cell.customerId);
    }
    ids = ids.filter((id) => matching.has(id));
  }
  if (filter.segments && filter.segments.length > 0) {
    // The stored segments (kept current the way the customer list keeps them), read in one query.
    const stored = await ctx.db.selectFrom('customer_risk').select(['customer_id', 'segment']).execute();
    const segmentOf = new Map(stored.map((r) => [r.customer_id, r.segment]));
    const wanted = new Set(filter.segments);
    // A customer without a stored segment has no ledger yet: the neutral B, as everywhere else.
    ids = ids.filter((id) => wanted.has(segmentOf.get(id) ?? 'B'));
  }
  return ids;
}
