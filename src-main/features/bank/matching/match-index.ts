import type { Kysely } from 'kysely';
import { statement, type RawHandle } from '../../../store/dialect/statements';
import type { Database } from '../../../store/schema';
import { nameKey, nameWords } from '../../../../src-shared/domain/bank/name-key';
import { foldTr } from '../../../../src-shared/text/turkish';

export interface IndexedCustomer {
  id: number;
  code: string;
  title: string;
  nameKey: string;
  words: string[];
}

export interface InvoiceHit {
  id: number;
  customerId: number;
  number: string;
  currency: string;
  dueDate: string;
  openAmount: number;
  openDisputes: number;
}

export interface OpenInvoice {
  id: number;
  number: string;
  dueDate: string;
  openAmount: number;
  openDisputes: number;
}

/** A customer's open invoices in one currency, oldest due first, with what the amount clue compares a line to. */
export interface OpenItems {
  invoices: OpenInvoice[];
  /** Open amount → the oldest-due invoice owing exactly that. */
  byAmount: Map<number, OpenInvoice>;
  overdue: number;
  total: number;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const byCustomer = (rows: { customerId: number; currency: string; amount: number }[]) => {
  const map = new Map<string, number[]>();
  for (const r of rows) push(map, `${r.customerId}:${r.currency}`, r.amount);
  return map;
};

const HIT =
  'id, customer_id as "customerId", number, currency, due_date as "dueDate", open_amount as "openAmount", open_disputes as "openDisputes"';

/** The reads a run makes as it goes, prepared once (SQLite) or sent through the run's transaction (PostgreSQL). */
function matchReads(db: Kysely<Database>, raw: RawHandle | null) {
  return {
    invoiceByNumber: statement<[string], InvoiceHit>(db, raw, `select ${HIT} from invoices where number_key = ?`),
    openOf: statement<[number, string], OpenInvoice>(
      db,
      raw,
      `select id, number, due_date as "dueDate", open_amount as "openAmount", open_disputes as "openDisputes" from invoices
       where customer_id = ? and currency = ? and open_amount > 0 order by due_date, id`,
    ),
    instalments: statement<[], { customerId: number; currency: string; amount: number }>(
      db,
      raw,
      'select customer_id as "customerId", currency, amount - paid_amount as amount from plan_instalments where paid_amount < amount',
    ),
    promises: statement<[], { customerId: number; currency: string; amount: number }>(
      db,
      raw,
      `select customer_id as "customerId", currency, amount from promises where status = 'pending'`,
    ),
    byAmount: statement<[string, number], InvoiceHit>(
      db,
      raw,
      `select ${HIT} from invoices where currency = ? and open_amount = ? limit 4`,
    ),
    invoiceById: statement<[number], InvoiceHit>(db, raw, `select ${HIT} from invoices where id = ?`),
    // No index has open_amount first: one pass over the open-invoice index beats a table scan per line.
    openAmounts: statement<[], { currency: string; amount: number; id: number }>(
      db,
      raw,
      'select currency, open_amount as amount, id from invoices where open_amount > 0 order by id',
    ),
  };
}

type Reads = ReturnType<typeof matchReads>;

/**
 * What the matcher looks things up in, built once per run: customers by tax id, code, IBAN and name words in
 * memory (ten thousand cards), invoices by number and by customer through indexed point reads, each customer's
 * open items cached for the run; pending promises, unpaid instalments and open amounts (for a line with no
 * other clue) each read in one pass when first needed, never a query per line. `raw` is the SQLite file's handle
 * (its prepared statements are the fast path); a server company reads through `db`.
 */
export class MatchIndex {
  readonly customers = new Map<number, IndexedCustomer>();
  readonly byTaxId = new Map<string, number[]>();
  readonly byCode = new Map<string, number>();
  readonly byIban = new Map<string, { customerId: number; source: 'card' | 'learned' }[]>();
  readonly byNameKey = new Map<string, number[]>();
  readonly byWord = new Map<string, number[]>();
  readonly byChequeSerial = new Map<string, number>();
  readonly byPlan = new Map<number, number>();
  readonly #reads: Reads;
  readonly #openCache = new Map<string, OpenItems>();
  /** Currency → open amount → the first few invoice ids owing it, read once when a line has no other clue. */
  #byOpenAmount: Map<string, Map<number, number[]>> | null = null;
  /** `customerId:currency` → what is still owed per unpaid instalment / pending promise, each read in one pass. */
  #instalmentRests: Map<string, number[]> | null = null;
  #promiseAmounts: Map<string, number[]> | null = null;
  readonly today: string;

  private constructor(reads: Reads, today: string) {
    this.#reads = reads;
    this.today = today;
  }

  static async build(db: Kysely<Database>, raw: RawHandle | null, today: string): Promise<MatchIndex> {
    const index = new MatchIndex(matchReads(db, raw), today);
    const customers = await db.selectFrom('customers').select(['id', 'code', 'title', 'tax_id as taxId']).execute();
    for (const c of customers) {
      const words = nameWords(c.title);
      const key = nameKey(c.title);
      index.customers.set(c.id, { id: c.id, code: c.code, title: c.title, nameKey: key, words });
      if (c.taxId) push(index.byTaxId, c.taxId, c.id);
      index.byCode.set(foldTr(c.code), c.id);
      if (key) push(index.byNameKey, key, c.id);
      for (const w of new Set(words)) if (w.length >= 3) push(index.byWord, w, c.id);
    }
    for (const row of await db.selectFrom('customer_ibans').select(['iban', 'customer_id as customerId', 'source']).execute())
      push(index.byIban, row.iban, { customerId: row.customerId, source: row.source });
    for (const row of await db.selectFrom('cheques').select(['serial_number as serial', 'customer_id as customerId']).execute())
      if (row.serial.length >= 4) index.byChequeSerial.set(row.serial.toUpperCase(), row.customerId);
    for (const row of await db
      .selectFrom('payment_plans')
      .select(['id', 'customer_id as customerId'])
      .where('status', 'in', ['active', 'broken'])
      .execute())
      index.byPlan.set(row.id, row.customerId);
    return index;
  }

  invoiceByNumber(token: string): Promise<InvoiceHit | undefined> {
    return this.#reads.invoiceByNumber.get(foldTr(token));
  }

  async openInvoicesOf(customerId: number, currency: string): Promise<OpenInvoice[]> {
    return (await this.openItemsOf(customerId, currency)).invoices;
  }

  /** Worked out once per customer and currency in a run: a busy customer has thousands of open invoices. */
  async openItemsOf(customerId: number, currency: string): Promise<OpenItems> {
    const key = `${customerId}:${currency}`;
    let items = this.#openCache.get(key);
    if (!items) {
      const invoices = await this.#reads.openOf.all(customerId, currency);
      const byAmount = new Map<number, OpenInvoice>();
      let overdue = 0;
      let total = 0;
      for (const i of invoices) {
        if (!byAmount.has(i.openAmount)) byAmount.set(i.openAmount, i);
        if (i.dueDate < this.today) overdue += i.openAmount;
        total += i.openAmount;
      }
      items = { invoices, byAmount, overdue, total };
      this.#openCache.set(key, items);
    }
    return items;
  }

  async instalmentRests(customerId: number, currency: string): Promise<number[]> {
    this.#instalmentRests ??= byCustomer(await this.#reads.instalments.all());
    return this.#instalmentRests.get(`${customerId}:${currency}`) ?? [];
  }

  async promiseAmounts(customerId: number, currency: string): Promise<number[]> {
    this.#promiseAmounts ??= byCustomer(await this.#reads.promises.all());
    return this.#promiseAmounts.get(`${customerId}:${currency}`) ?? [];
  }

  /** Up to four invoices (lowest ids first) whose open amount is exactly this. */
  async invoicesWithOpenAmount(currency: string, amount: number): Promise<InvoiceHit[]> {
    if (amount <= 0) return this.#reads.byAmount.all(currency, amount);
    const ids = (await this.#openAmountMap()).get(currency)?.get(amount) ?? [];
    const hits: InvoiceHit[] = [];
    for (const id of ids) hits.push((await this.#reads.invoiceById.get(id))!);
    return hits;
  }

  async #openAmountMap(): Promise<Map<string, Map<number, number[]>>> {
    if (this.#byOpenAmount) return this.#byOpenAmount;
    const map = new Map<string, Map<number, number[]>>();
    for (const { currency, amount, id } of await this.#reads.openAmounts.all()) {
      let byAmount = map.get(currency);
      if (!byAmount) map.set(currency, (byAmount = new Map()));
      const ids = byAmount.get(amount);
      if (!ids) byAmount.set(amount, [id]);
      else if (ids.length < 4) ids.push(id);
    }
    this.#byOpenAmount = map;
    return map;
  }

  /** After an accept in the same run: that customer's open items changed. */
  forget(customerId: number): void {
    this.#byOpenAmount = null;
    this.#instalmentRests = null;
    this.#promiseAmounts = null;
    for (const key of this.#openCache.keys()) if (key.startsWith(`${customerId}:`)) this.#openCache.delete(key);
  }

  /** A learned IBAN is known to the rest of the run at once. */
  learn(iban: string, customerId: number): void {
    const list = this.byIban.get(iban) ?? [];
    if (!list.some((e) => e.customerId === customerId)) list.push({ customerId, source: 'learned' });
    this.byIban.set(iban, list);
  }
}
