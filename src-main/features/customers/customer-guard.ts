import type { HandlerContext } from '../../core/context';
import { fieldError } from '../../core/errors';

export interface CustomerTerms {
  id: number;
  paymentTermsDays: number;
}

/** The customer a ledger entry names must exist: otherwise a field error on `customerId`. */
export async function requireCustomer(ctx: HandlerContext, customerId: number): Promise<CustomerTerms> {
  const row = await ctx.db
    .selectFrom('customers')
    .select(['id', 'payment_terms_days'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!row) throw fieldError(await ctx.language(), 'validation', ['customerId'], 'validation.unknownCustomer');
  return { id: row.id, paymentTermsDays: row.payment_terms_days };
}
