import { numberedAfter } from '../../store/dialect/text-patterns';
import type { CustomerCreate } from '../../../src-shared/domain/customers/schemas';
import type { Customer } from '../../../src-shared/domain/customers/types';
import { foldTr, sortKeyTr } from '../../../src-shared/text/turkish';
import type { Db } from '../../store/schema';
import { toCustomer } from './customer-mapper';
import { buildSearchText } from './search-text';

/** Every field of a card as it will be stored (code decided, defaults applied). */
export type CustomerValues = Omit<CustomerCreate, 'code'> & { code: string };

export async function loadCustomer(
  db: Db,
  ref: { id?: number | undefined; code?: string | undefined },
): Promise<Customer | undefined> {
  const id =
    ref.id ??
    db
      .selectFrom('customers')
      .select('id')
      .where('code_key', '=', foldTr(ref.code ?? ''));
  // The card and its contacts together: on a server each read is a round trip of its own.
  const [row, contacts] = await Promise.all([
    db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst(),
    db.selectFrom('customer_contacts').selectAll().where('customer_id', '=', id).orderBy('position').execute(),
  ]);
  return row ? toCustomer(row, contacts) : undefined;
}

export async function codeTakenBy(db: Db, code: string): Promise<number | undefined> {
  const row = await db.selectFrom('customers').select('id').where('code_key', '=', foldTr(code)).executeTakeFirst();
  return row?.id;
}

/** The stored columns of a card, derived keys included (also used by bulk seeding). */
export function customerColumns(v: CustomerValues) {
  return {
    code: v.code,
    code_key: foldTr(v.code),
    title: v.title,
    kind: v.kind,
    tax_id: v.taxId,
    tax_office: v.taxOffice,
    address: v.address,
    city: v.city,
    phone: v.phone,
    email: v.email,
    payment_terms_days: v.paymentTermsDays,
    credit_limit_amount: v.creditLimit?.amount ?? null,
    credit_limit_currency: v.creditLimit?.currency ?? null,
    tags: JSON.stringify(v.tags),
    notes: v.notes,
    search_text: buildSearchText(v),
    sort_title: sortKeyTr(v.title),
  };
}

export async function insertCustomer(db: Db, values: CustomerValues, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await db
    .insertInto('customers')
    .values({ ...customerColumns(values), created_at: stamp, updated_at: stamp, version: 1, archived_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceContacts(db, id, values.contacts);
  return id;
}

export async function updateCustomerRow(db: Db, id: number, values: CustomerValues, now: Date): Promise<void> {
  await db
    .updateTable('customers')
    .set((eb) => ({ ...customerColumns(values), updated_at: now.toISOString(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
  await replaceContacts(db, id, values.contacts);
}

export async function setArchived(db: Db, id: number, archived: boolean, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db
    .updateTable('customers')
    .set((eb) => ({ archived_at: archived ? stamp : null, updated_at: stamp, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Makes the stored contacts equal the given list: rows with an id are updated in place (keeping their
 * identity for later references), rows without one are added, and the rest are removed.
 */
async function replaceContacts(db: Db, customerId: number, contacts: CustomerValues['contacts']): Promise<void> {
  const keep = contacts.flatMap((c) => (c.id === undefined ? [] : [c.id]));
  let removal = db.deleteFrom('customer_contacts').where('customer_id', '=', customerId);
  if (keep.length > 0) removal = removal.where('id', 'not in', keep);
  await removal.execute();

  for (const [position, c] of contacts.entries()) {
    const columns = {
      position,
      name: c.name,
      role: c.role,
      phone: c.phone,
      email: c.email,
      preferred_channel: c.preferredChannel,
      topics: JSON.stringify(c.topics),
    };
    if (c.id === undefined) {
      await db
        .insertInto('customer_contacts')
        .values({ ...columns, customer_id: customerId })
        .execute();
    } else {
      await db
        .updateTable('customer_contacts')
        .set(columns)
        .where('id', '=', c.id)
        .where('customer_id', '=', customerId)
        .execute();
    }
  }
}

export async function contactIdsOf(db: Db, customerId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('customer_contacts').select('id').where('customer_id', '=', customerId).execute();
  return new Set(rows.map((r) => r.id));
}

const CODE_PREFIX = 'C';
const CODE_DIGITS = 5;

/** The next code in the C00001 series after the highest one in use. */
export async function suggestCode(db: Db): Promise<string> {
  const row = await db
    .selectFrom('customers')
    .select('code')
    .where(numberedAfter(db, 'code', CODE_PREFIX))
    .orderBy((eb) => eb.fn('length', ['code']), 'desc')
    .orderBy('code', 'desc')
    .limit(1)
    .executeTakeFirst();
  const last = row ? Number(row.code.slice(CODE_PREFIX.length).replace(/\D.*$/, '')) : 0;
  let next = Number.isSafeInteger(last) ? last + 1 : 1;
  for (;;) {
    const candidate = `${CODE_PREFIX}${String(next).padStart(CODE_DIGITS, '0')}`;
    if ((await codeTakenBy(db, candidate)) === undefined) return candidate;
    next += 1;
  }
}
