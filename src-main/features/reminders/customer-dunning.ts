import type { CustomerDunning, DunningLevel } from '../../../src-shared/domain/reminders/types';
import { lateInterest } from '../../../src-shared/domain/reminders/interest';
import type { Currency } from '../../../src-shared/money/currency';
import type { Db } from '../../store/schema';
import { segmentPolicies } from './policies-repo';
import { loadRates } from './reminder-values';

/**
 * The card's view: the highest dunning level among the customer's still-open invoices (a paid invoice no
 * longer counts), late-payment interest accrued on every overdue open invoice by `today`, and the settings.
 */
export async function customerDunning(db: Db, customerId: number, today: string): Promise<CustomerDunning> {
  const [levelRow, overdue, settings, risk, bySegment, rates] = await Promise.all([
    db
      .selectFrom('reminder_invoice_state as s')
      .innerJoin('invoices as i', 'i.id', 's.invoice_id')
      .select((eb) => eb.fn.max('s.last_level').as('level'))
      .where('s.customer_id', '=', customerId)
      .where('i.open_amount', '>', 0)
      .executeTakeFirst(),
    db
      .selectFrom('invoices')
      .select(['currency', 'due_date', 'open_amount'])
      .where('customer_id', '=', customerId)
      .where('open_amount', '>', 0)
      .where('due_date', '<', today)
      .execute(),
    db.selectFrom('customer_reminder_settings').selectAll().where('customer_id', '=', customerId).executeTakeFirst(),
    db.selectFrom('customer_risk').select('segment').where('customer_id', '=', customerId).executeTakeFirst(),
    segmentPolicies(db),
    loadRates(db),
  ]);
  const agreed = settings?.interest_rate_bp ?? null;
  const sums = new Map<Currency, number>();
  for (const row of overdue) {
    const currency = row.currency as Currency;
    sums.set(currency, (sums.get(currency) ?? 0) + lateInterest(row.open_amount, row.due_date, today, rates, agreed));
  }
  const segment = risk?.segment ?? 'B';
  const optedOut = settings?.opted_out === 1;
  const own = settings?.policy_id ?? null;
  return {
    level: Number(levelRow?.level ?? 0) as DunningLevel,
    policyId: optedOut ? null : (own ?? bySegment.get(segment) ?? null),
    policySource: optedOut ? 'opted_out' : own !== null ? 'customer' : 'segment',
    segment,
    interest: [...sums].filter(([, amount]) => amount > 0).map(([currency, amount]) => ({ currency, amount })),
    interestSource: agreed !== null ? 'agreed' : 'legal',
    settings: { policyId: own, optedOut, interestRateBp: agreed },
  };
}
