import type { Currency } from '../../../src-shared/money/currency';
import { writeRows, type BatchColumns } from '../../store/dialect/row-batches';
import type { Db } from '../../store/schema';
import type { CustomerChaseTable, CustomerFiguresTable } from '../../store/tables/customer-figures';

type ChaseColumn = Exclude<keyof CustomerChaseTable, 'customer_id' | 'oldest_due'>;

/** The column of `customer_chase` holding each currency's amount to chase (a new currency fails to compile here). */
export const CHASE_COLUMN: Record<Currency, ChaseColumn> = {
  TRY: 'chase_try',
  USD: 'chase_usd',
  EUR: 'chase_eur',
  GBP: 'chase_gbp',
};

const CHASE_COLUMNS: BatchColumns<CustomerChaseTable> = {
  customer_id: 'bigint',
  oldest_due: 'text',
  chase_try: 'bigint',
  chase_usd: 'bigint',
  chase_eur: 'bigint',
  chase_gbp: 'bigint',
};

/**
 * Today's row per customer from the figure rows just worked out for the same customers (one customer, or everyone
 * when `customerId` is absent): the rows before go, one row per customer with something to chase comes.
 */
export async function writeChaseRows(db: Db, figures: Iterable<CustomerFiguresTable>, customerId?: number): Promise<void> {
  const chase = new Map<number, CustomerChaseTable>();
  for (const f of figures) {
    if (f.to_chase <= 0 || f.oldest_to_chase_due === null) continue;
    const column = CHASE_COLUMN[f.currency as Currency];
    if (!column) throw new Error(`customer_chase has no column for ${f.currency}`);
    let row = chase.get(f.customer_id);
    if (!row) {
      row = {
        customer_id: f.customer_id,
        oldest_due: f.oldest_to_chase_due,
        chase_try: 0,
        chase_usd: 0,
        chase_eur: 0,
        chase_gbp: 0,
      };
      chase.set(f.customer_id, row);
    }
    row[column] = f.to_chase;
    if (f.oldest_to_chase_due < row.oldest_due) row.oldest_due = f.oldest_to_chase_due;
  }
  let remove = db.deleteFrom('customer_chase');
  if (customerId !== undefined) remove = remove.where('customer_id', '=', customerId);
  await remove.execute();
  await writeRows(db, 'customer_chase', CHASE_COLUMNS, [...chase.values()]);
}
