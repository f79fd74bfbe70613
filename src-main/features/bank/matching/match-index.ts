import { sql, type Kysely } from 'kysely';
import { jsonArrayRows } from '../../../store/dialect/json';
import { isPostgres } from '../../../store/dialect/kind';
import { statement, type RawHandle } from '../../../store/dialect/statements';
import { asciiUpper, hasNonAscii } from '../../../store/dialect/text-patterns';
import type { Database } from '../../../store/schema';
import { nameWords } from '../../../../src-shared/domain/bank/name-key';
import { foldTr } from '../../../../src-shared/text/turkish';
import type { ProposedAllocation } from '../../../../src-shared/domain/bank/types';
import { OpenItems, type InvoiceFacts, type OpenItem } from './open-items';
import type { LineFacts } from './match-line';
import { proposeAllocation } from './propose-allocation';
import { referenceTokens } from './reference-tokens';

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
    // Only what the open-invoice index (invoices_open_by_customer) holds: a range of it, no table row per invoice,
    // and no sorter per customer (OpenItems orders the few rows).
    openOf: statement<[number, string], OpenItem>(
      db,
      raw,
      `select id, due_date as "dueDate", open_amount as "openAmount" from invoices
       where customer_id = ? and currency = ? and open_amount > 0`,
    ),
    facts: statement<[number], InvoiceFacts>(
      db,
      raw,
      'select number, open_disputes as "openDisputes" from invoices where id = ?',
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
    // invoices_open_by_amount (currency, open_amount) holds equal amounts in id order: no sort, no table read.
    idsWithOpenAmount: statement<[string, number, number], { id: number }>(
      db,
      raw,
      'select id from invoices where currency = ? and open_amount = ? and open_amount > 0 order by id limit ?',
    ),
    invoiceById: statement<[number], InvoiceHit>(db, raw, `select ${HIT} from invoices where id = ?`),
  };
}

type Reads = ReturnType<typeof matchReads>;

/**
 * What the matcher looks things up in, built once per run: customers by tax id, code, IBAN and name words in
 * memory (ten thousand cards), invoices by number and by open amount through indexed point reads, each customer's
 * open items read from the open-invoice index once per run (an invoice's number and disputes only for the few a
 * line looks at); pending promises and unpaid instalments each read in one pass when first needed, cheque
 * serials in one pass for the references of the lines a caller is about to match (`readReferences`). `raw` is the
 * SQLite file's handle (its prepared statements are the fast path); a server company reads through `db`.
 */
export class MatchIndex {
  readonly customers = new Map<number, IndexedCustomer>();
  readonly byTaxId = new Map<string, number[]>();
  readonly byCode = new Map<string, number>();
  readonly byIban = new Map<string, { customerId: number; source: 'card' | 'learned' }[]>();
  readonly byNameKey = new Map<string, number[]>();
  readonly byWord = new Map<string, number[]>();
  readonly byPlan = new Map<number, number>();
  readonly #reads: Reads;
  /** Customer → currency → open items, for the run. */
  readonly #open = new Map<number, Map<string, OpenItems>>();
  readonly #facts = new Map<number, InvoiceFacts>();
  /** Folded invoice number → invoice (null: none), read ahead for the lines about to be matched (server only). */
  readonly #numbers = new Map<string, InvoiceHit | null>();
  /** `customerId:currency` → what is still owed per unpaid instalment / pending promise, each read in one pass. */
  #instalmentRests: Map<string, number[]> | null = null;
  #promiseAmounts: Map<string, number[]> | null = null;
  /** Upper-cased serial → customer, for the reference tokens read so far (`readReferences`). */
  readonly #chequeSerials = new Map<string, number>();
  readonly #serialsRead = new Set<string>();
  readonly today: string;

  readonly #db: Kysely<Database>;

  private constructor(db: Kysely<Database>, reads: Reads, today: string) {
    this.#db = db;
    this.#reads = reads;
    this.today = today;
  }

  static async build(db: Kysely<Database>, raw: RawHandle | null, today: string): Promise<MatchIndex> {
    const index = new MatchIndex(db, matchReads(db, raw), today);
    const customers = await db.selectFrom('customers').select(['id', 'code', 'title', 'tax_id as taxId']).execute();
    for (const c of customers) {
      const words = nameWords(c.title);
      const key = words.join(' ');
      index.customers.set(c.id, { id: c.id, code: c.code, title: c.title, nameKey: key, words });
      if (c.taxId) push(index.byTaxId, c.taxId, c.id);
      index.byCode.set(foldTr(c.code), c.id);
      if (key) push(index.byNameKey, key, c.id);
      for (const w of new Set(words)) if (w.length >= 3) push(index.byWord, w, c.id);
    }
    for (const row of await db.selectFrom('customer_ibans').select(['iban', 'customer_id as customerId', 'source']).execute())
      push(index.byIban, row.iban, { customerId: row.customerId, source: row.source });
    for (const row of await db
      .selectFrom('payment_plans')
      .select(['id', 'customer_id as customerId'])
      .where('status', 'in', ['active', 'broken'])
      .execute())
      index.byPlan.set(row.id, row.customerId);
    return index;
  }

  async invoiceByNumber(token: string): Promise<InvoiceHit | undefined> {
    const key = foldTr(token);
    const known = this.#numbers.get(key);
    const hit = known !== undefined ? (known ?? undefined) : await this.#reads.invoiceByNumber.get(key);
    if (hit) this.#facts.set(hit.id, { number: hit.number, openDisputes: hit.openDisputes });
    return hit;
  }

  /**
   * Reads the cheque serials the reference tokens of these lines could be, in one pass over the cheques: call it
   * before matching many lines (a token not read before costs a pass of its own). Case-insensitive as
   * JavaScript upper-cases, exactly: SQL compares ASCII-upper-cased serials and sends every serial with another
   * character to be compared here.
   */
  async readReferences(lines: readonly Pick<LineFacts, 'description'>[]): Promise<void> {
    const wanted = new Set<string>();
    const numbers = new Set<string>();
    for (const line of lines)
      for (const token of referenceTokens(line.description)) {
        if (token.length < 4) continue;
        const key = token.toUpperCase();
        if (!this.#serialsRead.has(key)) wanted.add(key);
        const numberKey = foldTr(token);
        if (!this.#numbers.has(numberKey)) numbers.add(numberKey);
      }
    await this.#readSerials(wanted);
    // On a server each point read is a round trip: the invoices the tokens could number, in one query. SQLite
    // keeps its prepared point reads (microseconds each), so what it reads stays as it was.
    if (isPostgres(this.#db) && numbers.size > 0) await this.#readNumbers(numbers);
  }

  async #readNumbers(keys: Set<string>): Promise<void> {
    const rows = await sql<InvoiceHit & { numberKey: string }>`
      select ${sql.raw(HIT)}, number_key as "numberKey" from invoices
      where number_key in (select value from ${jsonArrayRows(this.#db, [...keys], 'wanted')})`.execute(this.#db);
    for (const { numberKey, ...hit } of rows.rows) this.#numbers.set(numberKey, hit);
    for (const key of keys) if (!this.#numbers.has(key)) this.#numbers.set(key, null);
  }

  async #readSerials(wanted: Set<string>): Promise<void> {
    if (wanted.size === 0) return;
    const rows = await sql<{ serial: string; customerId: number }>`
      select serial_number as serial, customer_id as "customerId" from cheques
      where ${asciiUpper(this.#db, 'serial_number')} in (select value from ${jsonArrayRows(this.#db, [...wanted], 'wanted')})
        or ${hasNonAscii(this.#db, 'serial_number')}
      order by id`.execute(this.#db);
    // The last cheque of a serial wins, as one pass over all of them would have it.
    for (const row of rows.rows) {
      const key = row.serial.toUpperCase();
      if (row.serial.length >= 4 && wanted.has(key)) this.#chequeSerials.set(key, row.customerId);
    }
    for (const key of wanted) this.#serialsRead.add(key);
  }

  /** The customer whose cheque or note has this serial (four characters or more). */
  async chequeCustomer(token: string): Promise<number | undefined> {
    const key = token.toUpperCase();
    if (!this.#serialsRead.has(key)) await this.#readSerials(new Set([key]));
    return this.#chequeSerials.get(key);
  }

  /** An invoice's number and open disputes, read once per run. */
  async factsOf(id: number): Promise<InvoiceFacts> {
    let facts = this.#facts.get(id);
    if (!facts) {
      facts = (await this.#reads.facts.get(id))!;
      this.#facts.set(id, facts);
    }
    return facts;
  }

  /** Worked out once per customer and currency in a run: a busy customer has thousands of open invoices. */
  async openItemsOf(customerId: number, currency: string): Promise<OpenItems> {
    let byCurrency = this.#open.get(customerId);
    if (!byCurrency) this.#open.set(customerId, (byCurrency = new Map()));
    let items = byCurrency.get(currency);
    if (!items) {
      items = new OpenItems(await this.#reads.openOf.all(customerId, currency), this.today);
      byCurrency.set(currency, items);
    }
    return items;
  }

  /**
   * Reads ahead the open items of these customers in one currency, on a server in one query with each invoice's
   * number and disputes (the facts a proposal shows); on SQLite the same point reads `openItemsOf` makes.
   */
  async readOpenItems(customerIds: Iterable<number>, currency: string): Promise<void> {
    const missing = [...new Set(customerIds)].filter((id) => !this.#open.get(id)?.has(currency));
    if (missing.length === 0) return;
    if (!isPostgres(this.#db)) {
      for (const id of missing) await this.openItemsOf(id, currency);
      return;
    }
    const rows = await sql<OpenItem & InvoiceFacts & { customerId: number }>`
      select customer_id as "customerId", id, due_date as "dueDate", open_amount as "openAmount", number,
        open_disputes as "openDisputes"
      from invoices
      where currency = ${currency} and open_amount > 0
        and customer_id in (select cast(value as bigint) from ${jsonArrayRows(this.#db, missing.map(String), 'wanted')})`.execute(
      this.#db,
    );
    const grouped = new Map<number, OpenItem[]>();
    for (const r of rows.rows) {
      push(grouped, r.customerId, { id: r.id, dueDate: r.dueDate, openAmount: r.openAmount });
      if (!this.#facts.has(r.id)) this.#facts.set(r.id, { number: r.number, openDisputes: r.openDisputes });
    }
    for (const id of missing) {
      let byCurrency = this.#open.get(id);
      if (!byCurrency) this.#open.set(id, (byCurrency = new Map()));
      if (!byCurrency.has(currency)) byCurrency.set(currency, new OpenItems(grouped.get(id) ?? [], this.today));
    }
  }

  /** What `amount` pays of this customer's open invoices (see `proposeAllocation`). */
  async proposal(
    customerId: number,
    currency: string,
    amount: number,
    namedIds: readonly number[],
  ): Promise<ProposedAllocation[]> {
    return proposeAllocation(await this.openItemsOf(customerId, currency), amount, namedIds, (id) => this.factsOf(id));
  }

  async instalmentRests(customerId: number, currency: string): Promise<number[]> {
    this.#instalmentRests ??= byCustomer(await this.#reads.instalments.all());
    return this.#instalmentRests.get(`${customerId}:${currency}`) ?? [];
  }

  async promiseAmounts(customerId: number, currency: string): Promise<number[]> {
    this.#promiseAmounts ??= byCustomer(await this.#reads.promises.all());
    return this.#promiseAmounts.get(`${customerId}:${currency}`) ?? [];
  }

  /** The invoices (lowest ids first) whose open amount is exactly this, when no more than `few` owe it. */
  async fewWithOpenAmount(currency: string, amount: number, few: number): Promise<InvoiceHit[]> {
    if (amount <= 0) return [];
    const ids = await this.#reads.idsWithOpenAmount.all(currency, amount, few + 1);
    if (ids.length > few) return [];
    const hits: InvoiceHit[] = [];
    for (const { id } of ids) hits.push((await this.#reads.invoiceById.get(id))!);
    return hits;
  }

  /**
   * `fewWithOpenAmount` for many amounts of one currency, keyed by amount: on a server in one query (the lowest
   * `few + 1` ids of each amount), on SQLite its point reads one by one.
   */
  async fewWithOpenAmounts(currency: string, amounts: Iterable<number>, few: number): Promise<Map<number, InvoiceHit[]>> {
    const wanted = [...new Set(amounts)].filter((a) => a > 0);
    const found = new Map<number, InvoiceHit[]>();
    if (!isPostgres(this.#db)) {
      for (const amount of wanted) found.set(amount, await this.fewWithOpenAmount(currency, amount, few));
      return found;
    }
    if (wanted.length === 0) return found;
    const rows = await sql<InvoiceHit>`
      select id, "customerId", number, currency, "dueDate", "openAmount", "openDisputes" from (
        select ${sql.raw(HIT)}, row_number() over (partition by open_amount order by id) as n
        from invoices
        where currency = ${currency} and open_amount > 0
          and open_amount in (select cast(value as bigint) from ${jsonArrayRows(this.#db, wanted.map(String), 'wanted')})
      ) ranked
      where n <= ${few + 1}
      order by id`.execute(this.#db);
    const byAmount = new Map<number, InvoiceHit[]>();
    for (const hit of rows.rows) push(byAmount, hit.openAmount, hit);
    for (const amount of wanted) {
      const hits = byAmount.get(amount) ?? [];
      found.set(amount, hits.length > few ? [] : hits);
    }
    return found;
  }

  /** After an accept in the same run: that customer's open items changed. */
  forget(customerId: number): void {
    this.#instalmentRests = null;
    this.#promiseAmounts = null;
    this.#open.delete(customerId);
  }

  /** A learned IBAN is known to the rest of the run at once. */
  learn(iban: string, customerId: number): void {
    const list = this.byIban.get(iban) ?? [];
    if (!list.some((e) => e.customerId === customerId)) list.push({ customerId, source: 'learned' });
    this.byIban.set(iban, list);
  }
}
