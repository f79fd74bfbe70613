import type { CustomerIban } from '../../../src-shared/domain/bank/types';
import type { Db } from '../../store/schema';

export async function customerIbans(db: Db, customerId: number): Promise<CustomerIban[]> {
  const rows = await db
    .selectFrom('customer_ibans')
    .select(['iban', 'source', 'created_at'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at')
    .orderBy('iban')
    .execute();
  return rows.map((r) => ({ iban: r.iban, source: r.source, createdAt: r.created_at }));
}

/** Typed on the card: a learned IBAN becomes a card one (the user vouched for it). */
export async function addCustomerIban(db: Db, customerId: number, iban: string, now: Date): Promise<void> {
  await db
    .insertInto('customer_ibans')
    .values({ iban, customer_id: customerId, source: 'card', created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['iban', 'customer_id']).doUpdateSet({ source: 'card' }))
    .execute();
}

export async function removeCustomerIban(db: Db, customerId: number, iban: string): Promise<void> {
  await db.deleteFrom('customer_ibans').where('customer_id', '=', customerId).where('iban', '=', iban).execute();
}
