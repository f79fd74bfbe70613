import { addDays } from '../../../src-shared/dates/business-date';
import { BUSINESS_YEARS, isPlausibleBusinessDate } from '../../../src-shared/dates/business-date';
import { parseDay } from '../../../src-shared/dates/parse-day';
import { documentNumberSchema } from '../../../src-shared/domain/common/schemas';
import { customerCreateInput, type CustomerCreate } from '../../../src-shared/domain/customers/schemas';
import type { SheetKind } from '../../../src-shared/domain/import/fields';
import type { ColumnMapping, DuplicateChoice } from '../../../src-shared/domain/import/schemas';
import type { PaymentRecord } from '../../../src-shared/domain/payments/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import type { MessageKey, MessageParams } from '../../../src-shared/i18n/translate';
import type { Currency } from '../../../src-shared/money/currency';
import { foldTr } from '../../../src-shared/text/turkish';
import { toFieldIssues } from '../../../src-shared/validation/zod-issues';
import { sql } from 'kysely';
import { isPostgres } from '../../store/dialect/kind';
import { statement, type RawHandle } from '../../store/dialect/statements';
import type { Db } from '../../store/schema';
import { ETTN_PATTERN, parseAmount, parseCurrency, parseDays, parseMethod } from './cell-values';

export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

export interface InvoiceRowValues {
  customerId: number;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: Currency;
  total: number;
  ettn: string | null;
  notes: string;
}

/** What one valid row will write. A customer update carries only the fields the file gives. */
export type PlannedWrite =
  | { kind: 'customers'; row: number; id: number | null; values: CustomerCreate & { code: string }; given: string[] }
  | { kind: 'invoices'; row: number; id: number | null; values: InvoiceRowValues }
  | { kind: 'payments'; row: number; values: PaymentRecord };

export interface RowOutcome {
  problems: FieldProblem[];
  duplicate: boolean;
  write: PlannedWrite | null;
}

export interface RowCheckContext {
  db: Db;
  /** The SQLite file's handle for the lookups' prepared statements (none on a server). */
  raw: RawHandle | null;
  language: Language;
  today: string;
  duplicates: DuplicateChoice;
}

type Cell = (field: string) => string;

const cellReader =
  (mapping: ColumnMapping, cells: readonly string[]): Cell =>
  (field) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };

/** Checks one row; `prefetch` first reads what the next rows look up, in a few queries (see `rowLookups`). */
export interface RowChecker {
  (row: number, cells: string[]): Promise<RowOutcome>;
  prefetch(rows: readonly string[][]): Promise<void>;
}

/** One pass over a file's rows: lookups are prepared once, codes and numbers seen earlier in the file remembered. */
export function rowChecker(kind: SheetKind, mapping: ColumnMapping, rc: RowCheckContext): RowChecker {
  const lookups = rowLookups(rc);
  const findCustomer = (code: string) => lookups.customer(foldTr(code));
  const seen = new Set<string>();
  const mapped = new Set(Object.keys(mapping));

  const customerField = async (problems: FieldProblem[], cell: Cell) => {
    const code = cell('customerCode');
    if (code === '') problems.push({ field: 'customerCode', key: 'validation.required' });
    const customer = code === '' ? null : await findCustomer(code);
    if (code !== '' && !customer) problems.push({ field: 'customerCode', key: 'import.issue.unknownCustomer', params: { code } });
    return customer;
  };
  const amountField = (problems: FieldProblem[], cell: Cell, field: string) => {
    const text = cell(field);
    const amount = text === '' ? null : parseAmount(text);
    if (text === '') problems.push({ field, key: 'validation.required' });
    else if (amount === null) problems.push({ field, key: 'import.issue.amount', params: { value: text } });
    else if (amount <= 0) problems.push({ field, key: 'validation.positive' });
    return amount ?? 0;
  };
  const dayField = (problems: FieldProblem[], cell: Cell, field: string, required: boolean) => {
    const text = cell(field);
    if (text === '') {
      if (required) problems.push({ field, key: 'validation.required' });
      return null;
    }
    const day = parseDay(text);
    if (!day) problems.push({ field, key: 'import.issue.date', params: { value: text } });
    // Spreadsheets hold 01.01.1900 for an empty date cell: the same years as every other date input.
    else if (!isPlausibleBusinessDate(day)) problems.push({ field, key: 'validation.dateRange', params: { ...BUSINESS_YEARS } });
    return day && isPlausibleBusinessDate(day) ? day : null;
  };
  const currencyField = (problems: FieldProblem[], cell: Cell) => {
    const currency = parseCurrency(cell('currency'));
    if (!currency) problems.push({ field: 'currency', key: 'import.issue.currency', params: { value: cell('currency') } });
    return currency ?? 'TRY';
  };

  const checks: Record<SheetKind, (row: number, cell: Cell) => Promise<RowOutcome>> = {
    customers: async (row, cell) => {
      const problems: FieldProblem[] = [];
      const code = cell('code');
      const taxId = cell('taxId').replace(/\s+/g, '');
      const terms = cell('paymentTermsDays');
      const days = terms === '' ? 30 : parseDays(terms);
      if (days === null) problems.push({ field: 'paymentTermsDays', key: 'import.issue.days', params: { value: terms } });
      const parsed = customerCreateInput.safeParse({
        code,
        title: cell('title'),
        kind: taxId.length === 11 ? 'person' : 'company',
        taxId,
        taxOffice: cell('taxOffice'),
        address: cell('address'),
        city: cell('city'),
        phone: cell('phone'),
        email: cell('email'),
        paymentTermsDays: days ?? 30,
        notes: cell('notes'),
      });
      if (!parsed.success) {
        for (const issue of toFieldIssues(parsed.error.issues, rc.language)) {
          problems.push({
            field: String(issue.path[0] ?? 'code'),
            key: issue.key,
            ...(issue.params ? { params: issue.params } : {}),
          });
        }
      }
      const key = foldTr(code);
      if (code !== '' && seen.has(key)) problems.push({ field: 'code', key: 'import.issue.duplicateInFile' });
      seen.add(key);
      if (problems.length > 0 || !parsed.success) return { problems, duplicate: false, write: null };
      const existing = await findCustomer(code);
      const values = { ...parsed.data, code };
      const given = Object.keys(values).filter((f) => mapped.has(f) && cell(f) !== '');
      if (!existing) return { problems, duplicate: false, write: { kind: 'customers', row, id: null, values, given } };
      return {
        problems,
        duplicate: true,
        write: rc.duplicates === 'update' ? { kind: 'customers', row, id: existing.id, values, given } : null,
      };
    },

    invoices: async (row, cell) => {
      const problems: FieldProblem[] = [];
      const customer = await customerField(problems, cell);
      const number = documentNumberSchema.safeParse(cell('number'));
      if (!number.success) problems.push({ field: 'number', key: toFieldIssues(number.error.issues, rc.language)[0]!.key });
      const issueDate = dayField(problems, cell, 'issueDate', true);
      let dueDate = dayField(problems, cell, 'dueDate', false);
      if (!dueDate && cell('dueDate') === '' && issueDate && customer) dueDate = addDays(issueDate, customer.terms);
      if (dueDate && issueDate && dueDate < issueDate) problems.push({ field: 'dueDate', key: 'import.issue.dueBeforeIssue' });
      const total = amountField(problems, cell, 'total');
      const currency = currencyField(problems, cell);
      const ettn = cell('ettn').toLowerCase();
      if (ettn !== '' && !ETTN_PATTERN.test(ettn)) problems.push({ field: 'ettn', key: 'import.issue.ettn' });
      const key = number.success ? foldTr(number.data) : '';
      if (key !== '' && seen.has(key)) problems.push({ field: 'number', key: 'import.issue.duplicateInFile' });
      seen.add(key);
      const existing = key === '' ? null : await lookups.invoice(key);
      if (ettn !== '') {
        const holder = await lookups.ettn(ettn);
        if (holder && holder.id !== existing?.id) problems.push({ field: 'ettn', key: 'import.issue.ettnTaken' });
      }
      if (existing && rc.duplicates === 'update' && existing.locked)
        problems.push({ field: 'number', key: 'import.issue.invoiceLocked' });
      if (problems.length > 0 || !customer || !number.success || !issueDate || !dueDate)
        return { problems, duplicate: false, write: null };
      const values: InvoiceRowValues = {
        customerId: customer.id,
        number: number.data,
        issueDate,
        dueDate,
        currency,
        total,
        ettn: ettn === '' ? null : ettn,
        notes: cell('notes').slice(0, 2000),
      };
      if (!existing) return { problems, duplicate: false, write: { kind: 'invoices', row, id: null, values } };
      return {
        problems,
        duplicate: true,
        write: rc.duplicates === 'update' ? { kind: 'invoices', row, id: existing.id, values } : null,
      };
    },

    payments: async (row, cell) => {
      const problems: FieldProblem[] = [];
      const customer = await customerField(problems, cell);
      const date = dayField(problems, cell, 'date', true);
      if (date && date > rc.today) problems.push({ field: 'date', key: 'validation.futureDate' });
      const amount = amountField(problems, cell, 'amount');
      const currency = currencyField(problems, cell);
      const method = parseMethod(cell('method'));
      if (!method) problems.push({ field: 'method', key: 'import.issue.method', params: { value: cell('method') } });
      if (cell('reference').length > 120) problems.push({ field: 'reference', key: 'validation.tooLong', params: { max: 120 } });
      if (problems.length > 0 || !customer || !date || !method) return { problems, duplicate: false, write: null };
      const values: PaymentRecord = {
        customerId: customer.id,
        date,
        currency,
        amount,
        method,
        reference: cell('reference'),
        note: cell('note').slice(0, 2000),
        allocate: 'auto',
      };
      return { problems, duplicate: false, write: { kind: 'payments', row, values } };
    },
  };

  const check = checks[kind];
  const keysOf = (rows: readonly string[][], field: string, key: (text: string) => string) =>
    rows.map((cells) => key(cellReader(mapping, cells)(field))).filter((k) => k !== '');
  return Object.assign((row: number, cells: string[]) => check(row, cellReader(mapping, cells)), {
    prefetch: (rows: readonly string[][]) =>
      lookups.prefetch({
        customers: keysOf(rows, kind === 'customers' ? 'code' : 'customerCode', foldTr),
        invoices: kind === 'invoices' ? keysOf(rows, 'number', foldTr) : [],
        ettns: kind === 'invoices' ? keysOf(rows, 'ettn', (t) => t.toLowerCase()) : [],
      }),
  });
}

/** Whether an invoice has payments or a write-off on it (an import may not replace it then). */
const LOCKED = `(written_off_amount > 0 or exists (select 1 from allocations a where a.invoice_id = invoices.id and a.reversed_at is null))`;

/**
 * The rows' lookups (customer by code, invoice by number, invoice by ETTN), each answer remembered. On SQLite each
 * is a prepared point read (microseconds); on a server a read is a round trip, so `prefetch` reads a chunk of rows'
 * keys at once with `in (…)`, and the rows then find their answers (or their absence) remembered.
 */
function rowLookups(rc: RowCheckContext) {
  type Customer = { id: number; terms: number };
  type Invoice = { id: number; locked: number };
  const customerByCode = statement<[string], Customer>(
    rc.db,
    rc.raw,
    'select id, payment_terms_days as terms from customers where code_key = ?',
  );
  const invoiceByNumber = statement<[string], Invoice>(
    rc.db,
    rc.raw,
    `select id, ${LOCKED} as locked from invoices where number_key = ?`,
  );
  const invoiceByEttn = statement<[string], { id: number }>(rc.db, rc.raw, 'select id from invoices where ettn = ?');
  const customers = new Map<string, Customer | null>();
  const invoices = new Map<string, Invoice | null>();
  const ettns = new Map<string, { id: number } | null>();
  const remembered = async <T>(cache: Map<string, T | null>, key: string, read: () => Promise<T | undefined>) => {
    if (!cache.has(key)) cache.set(key, (await read()) ?? null);
    return cache.get(key)!;
  };
  /** Marks every key not yet known: found ones get their row, the rest are known absent. */
  const fill = <T>(cache: Map<string, T | null>, keys: string[], found: Map<string, T>) => {
    for (const key of keys) if (!cache.has(key)) cache.set(key, found.get(key) ?? null);
  };
  const unknown = (cache: Map<string, unknown>, keys: string[]) => [...new Set(keys)].filter((k) => !cache.has(k));
  return {
    customer: (key: string) => remembered(customers, key, () => customerByCode.get(key)),
    invoice: (key: string) => remembered(invoices, key, () => invoiceByNumber.get(key)),
    ettn: (ettn: string) => remembered(ettns, ettn, () => invoiceByEttn.get(ettn)),
    async prefetch(keys: { customers: string[]; invoices: string[]; ettns: string[] }): Promise<void> {
      if (!isPostgres(rc.db)) return;
      const codes = unknown(customers, keys.customers);
      if (codes.length > 0) {
        const rows = await rc.db
          .selectFrom('customers')
          .select(['id', 'payment_terms_days as terms', 'code_key'])
          .where('code_key', 'in', codes)
          .execute();
        fill(customers, codes, new Map(rows.map((r) => [r.code_key, { id: r.id, terms: r.terms }])));
      }
      const numbers = unknown(invoices, keys.invoices);
      if (numbers.length > 0) {
        const rows = await rc.db
          .selectFrom('invoices')
          .select(['id', 'number_key', sql<number>`${sql.raw(LOCKED)}`.as('locked')])
          .where('number_key', 'in', numbers)
          .execute();
        fill(invoices, numbers, new Map(rows.map((r) => [r.number_key, { id: r.id, locked: r.locked }])));
      }
      const wanted = unknown(ettns, keys.ettns);
      if (wanted.length > 0) {
        const rows = await rc.db.selectFrom('invoices').select(['id', 'ettn']).where('ettn', 'in', wanted).execute();
        fill(ettns, wanted, new Map(rows.map((r) => [r.ettn!, { id: r.id }])));
      }
    },
  };
}
