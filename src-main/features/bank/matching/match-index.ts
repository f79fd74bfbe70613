import type BetterSqlite3 from 'better-sqlite3';
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

/**
 * What the matcher looks things up in, built once per run: customers by tax id, code, IBAN and name words in
 * memory (ten thousand cards), invoices by number and by customer through indexed point reads, each customer's
 * open items cached for the run; pending promises, unpaid instalments and open amounts (for a line with no
 * other clue) each read in one pass when first needed, never a query per line.
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
  readonly #invoiceByNumber: BetterSqlite3.Statement<[string], InvoiceHit>;
  readonly #openOf: BetterSqlite3.Statement<[number, string], OpenInvoice>;
  readonly #instalments: BetterSqlite3.Statement<[], { customerId: number; currency: string; amount: number }>;
  readonly #promises: BetterSqlite3.Statement<[], { customerId: number; currency: string; amount: number }>;
  readonly #byAmount: BetterSqlite3.Statement<[string, number], InvoiceHit>;
  readonly #invoiceById: BetterSqlite3.Statement<[number], InvoiceHit>;
  readonly #openAmounts: BetterSqlite3.Statement<[], [string, number, number]>;
  readonly #openCache = new Map<string, OpenItems>();
  /** Currency → open amount → the first few invoice ids owing it, read once when a line has no other clue. */
  #byOpenAmount: Map<string, Map<number, number[]>> | null = null;
  /** `customerId:currency` → what is still owed per unpaid instalment / pending promise, each read in one pass. */
  #instalmentRests: Map<string, number[]> | null = null;
  #promiseAmounts: Map<string, number[]> | null = null;
  readonly today: string;

  constructor(raw: BetterSqlite3.Database, today: string) {
    this.today = today;
    const customers = raw.prepare('select id, code, title, tax_id as taxId from customers').all() as {
      id: number;
      code: string;
      title: string;
      taxId: string;
    }[];
    for (const c of customers) {
      const words = nameWords(c.title);
      const key = nameKey(c.title);
      this.customers.set(c.id, { id: c.id, code: c.code, title: c.title, nameKey: key, words });
      if (c.taxId) push(this.byTaxId, c.taxId, c.id);
      this.byCode.set(foldTr(c.code), c.id);
      if (key) push(this.byNameKey, key, c.id);
      for (const w of new Set(words)) if (w.length >= 3) push(this.byWord, w, c.id);
    }
    for (const row of raw.prepare('select iban, customer_id as customerId, source from customer_ibans').all() as {
      iban: string;
      customerId: number;
      source: 'card' | 'learned';
    }[])
      push(this.byIban, row.iban, { customerId: row.customerId, source: row.source });
    for (const row of raw.prepare('select serial_number as serial, customer_id as customerId from cheques').all() as {
      serial: string;
      customerId: number;
    }[])
      if (row.serial.length >= 4) this.byChequeSerial.set(row.serial.toUpperCase(), row.customerId);
    for (const row of raw
      .prepare("select id, customer_id as customerId from payment_plans where status in ('active', 'broken')")
      .all() as { id: number; customerId: number }[])
      this.byPlan.set(row.id, row.customerId);
    const hit =
      'id, customer_id as customerId, number, currency, due_date as dueDate, open_amount as openAmount, open_disputes as openDisputes';
    this.#invoiceByNumber = raw.prepare(`select ${hit} from invoices where number_key = ?`);
    this.#openOf = raw.prepare(
      `select id, number, due_date as dueDate, open_amount as openAmount, open_disputes as openDisputes from invoices
       where customer_id = ? and currency = ? and open_amount > 0 order by due_date, id`,
    );
    this.#instalments = raw.prepare(
      'select customer_id as customerId, currency, amount - paid_amount as amount from plan_instalments where paid_amount < amount',
    );
    this.#promises = raw.prepare("select customer_id as customerId, currency, amount from promises where status = 'pending'");
    this.#byAmount = raw.prepare(`select ${hit} from invoices where currency = ? and open_amount = ? limit 4`);
    this.#invoiceById = raw.prepare(`select ${hit} from invoices where id = ?`);
    // No index has open_amount first: one pass over the open-invoice index beats a table scan per line.
    this.#openAmounts = raw
      .prepare('select currency, open_amount, id from invoices where open_amount > 0 order by id')
      .raw(true) as unknown as BetterSqlite3.Statement<[], [string, number, number]>;
  }

  invoiceByNumber(token: string): InvoiceHit | undefined {
    return this.#invoiceByNumber.get(foldTr(token));
  }

  openInvoicesOf(customerId: number, currency: string): OpenInvoice[] {
    return this.openItemsOf(customerId, currency).invoices;
  }

  /** Worked out once per customer and currency in a run: a busy customer has thousands of open invoices. */
  openItemsOf(customerId: number, currency: string): OpenItems {
    const key = `${customerId}:${currency}`;
    let items = this.#openCache.get(key);
    if (!items) {
      const invoices = this.#openOf.all(customerId, currency);
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

  instalmentRests(customerId: number, currency: string): number[] {
    this.#instalmentRests ??= byCustomer(this.#instalments.all());
    return this.#instalmentRests.get(`${customerId}:${currency}`) ?? [];
  }

  promiseAmounts(customerId: number, currency: string): number[] {
    this.#promiseAmounts ??= byCustomer(this.#promises.all());
    return this.#promiseAmounts.get(`${customerId}:${currency}`) ?? [];
  }

  /** Up to four invoices (lowest ids first) whose open amount is exactly this. */
  invoicesWithOpenAmount(currency: string, amount: number): InvoiceHit[] {
    if (amount <= 0) return this.#byAmount.all(currency, amount);
    const ids = this.#openAmountMap().get(currency)?.get(amount) ?? [];
    return ids.map((id) => this.#invoiceById.get(id)!);
  }

  #openAmountMap(): Map<string, Map<number, number[]>> {
    if (this.#byOpenAmount) return this.#byOpenAmount;
    const map = new Map<string, Map<number, number[]>>();
    for (const [currency, amount, id] of this.#openAmounts.iterate()) {
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
