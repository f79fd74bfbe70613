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

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * What the matcher looks things up in, built once per run: customers by tax id, code, IBAN and name words in
 * memory (ten thousand cards), invoices by number and by customer through indexed point reads (a million
 * invoices are never scanned), each customer's open items cached for the run.
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
  readonly #instalmentsOf: BetterSqlite3.Statement<[number, string], { rest: number }>;
  readonly #promisesOf: BetterSqlite3.Statement<[number, string], { amount: number }>;
  readonly #byAmount: BetterSqlite3.Statement<[string, number], InvoiceHit>;
  readonly #openCache = new Map<string, OpenInvoice[]>();
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
    this.#instalmentsOf = raw.prepare(
      'select amount - paid_amount as rest from plan_instalments where customer_id = ? and currency = ? and paid_amount < amount',
    );
    this.#promisesOf = raw.prepare("select amount from promises where customer_id = ? and currency = ? and status = 'pending'");
    this.#byAmount = raw.prepare(`select ${hit} from invoices where currency = ? and open_amount = ? limit 4`);
  }

  invoiceByNumber(token: string): InvoiceHit | undefined {
    return this.#invoiceByNumber.get(foldTr(token));
  }

  openInvoicesOf(customerId: number, currency: string): OpenInvoice[] {
    const key = `${customerId}:${currency}`;
    let rows = this.#openCache.get(key);
    if (!rows) {
      rows = this.#openOf.all(customerId, currency);
      this.#openCache.set(key, rows);
    }
    return rows;
  }

  instalmentRests(customerId: number, currency: string): number[] {
    return this.#instalmentsOf.all(customerId, currency).map((r) => r.rest);
  }

  promiseAmounts(customerId: number, currency: string): number[] {
    return this.#promisesOf.all(customerId, currency).map((r) => r.amount);
  }

  invoicesWithOpenAmount(currency: string, amount: number): InvoiceHit[] {
    return this.#byAmount.all(currency, amount);
  }

  /** After an accept in the same run: that customer's open items changed. */
  forget(customerId: number): void {
    for (const key of this.#openCache.keys()) if (key.startsWith(`${customerId}:`)) this.#openCache.delete(key);
  }

  /** A learned IBAN is known to the rest of the run at once. */
  learn(iban: string, customerId: number): void {
    const list = this.byIban.get(iban) ?? [];
    if (!list.some((e) => e.customerId === customerId)) list.push({ customerId, source: 'learned' });
    this.byIban.set(iban, list);
  }
}
