/** An open invoice as the open-invoice index holds it: enough to compare amounts and walk by due date. */
export interface OpenItem {
  id: number;
  dueDate: string;
  openAmount: number;
}

/** What an allocation shows and skips by, read per invoice only for the few a line looks at. */
export interface InvoiceFacts {
  number: string;
  openDisputes: number;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD and back: business dates are always written so. */
const dayNumber = (date: string) => Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
const dayText = (day: number) => {
  const text = String(day).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};

const oldestDueFirst = (a: OpenItem, b: OpenItem) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id);

/**
 * A customer's open invoices in one currency, oldest due first (due date, then id), with their overdue and open
 * totals. Worked out once per run and kept to its end, so held in typed arrays, not an object per invoice: a
 * run keeps the open invoices of thousands of customers, and every object kept is copied by each young-generation
 * collection of the run. A busy customer has a few thousand; a scan of its amounts is a few microseconds.
 */
export class OpenItems {
  readonly #ids: Float64Array;
  readonly #amounts: Float64Array;
  readonly #due: Int32Array;
  readonly overdue: number;
  readonly total: number;

  /** `rows` in any order (they are sorted here). */
  constructor(rows: OpenItem[], today: string) {
    rows.sort(oldestDueFirst);
    this.#ids = new Float64Array(rows.length);
    this.#amounts = new Float64Array(rows.length);
    this.#due = new Int32Array(rows.length);
    let overdue = 0;
    let total = 0;
    for (const [p, i] of rows.entries()) {
      this.#ids[p] = i.id;
      this.#amounts[p] = i.openAmount;
      this.#due[p] = dayNumber(i.dueDate);
      if (i.dueDate < today) overdue += i.openAmount;
      total += i.openAmount;
    }
    this.overdue = overdue;
    this.total = total;
  }

  get count(): number {
    return this.#ids.length;
  }

  /** The invoice at this place in due order. */
  at(p: number): OpenItem {
    return { id: this.#ids[p]!, dueDate: dayText(this.#due[p]!), openAmount: this.#amounts[p]! };
  }

  /** Places of the invoices whose open amount is exactly this, oldest due first. */
  *withAmount(amount: number): Generator<number> {
    const amounts = this.#amounts;
    for (let p = 0; p < amounts.length; p += 1) if (amounts[p] === amount) yield p;
  }

  /** The place of the open invoice with this id, or -1 when this customer does not owe it in this currency. */
  placeOf(id: number): number {
    return this.#ids.indexOf(id);
  }

  /** The places of those of `ids` that are open here, each once, oldest due first. */
  among(ids: readonly number[]): number[] {
    const places = new Set<number>();
    for (const id of ids) {
      const p = this.placeOf(id);
      if (p >= 0) places.add(p);
    }
    return [...places].sort((a, b) => a - b);
  }
}
