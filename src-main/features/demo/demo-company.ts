import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { addDays, todayLocal } from '../../../src-shared/dates/business-date';
import { customerCreateInput } from '../../../src-shared/domain/customers/schemas';
import { foldTr } from '../../../src-shared/text/turkish';
import { vknCheckDigit } from '../../../src-shared/validation/tax-id';
import { isPostgres } from '../../store/dialect/kind';
import type { Database } from '../../store/schema';
import { customerColumns } from '../customers/customers-repo';
import { demoCheques, type ChequesSummary, type DemoChequeStep } from './demo-cheques';
import { demoCollections, type CollectionsSummary } from './demo-collections';
import { CITIES, companyTitles, FIRST_NAMES, NAME_STEMS } from './demo-names';
import { bufferedDemoRows, sqliteDemoRows, type DemoRows } from './demo-rows';
import { seededRandom, type Random } from './random';

export interface DemoOptions {
  customers: number;
  invoices: number;
  /** Months of history back from today. */
  months?: number;
  seed?: number;
  today?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary extends CollectionsSummary, ChequesSummary {
  customers: number;
  invoices: number;
  payments: number;
  openInvoices: number;
  /** Bounces and protests for `cheques/transition` (see `finishDemo`): they reverse payments as the handlers do. */
  chequeSteps: DemoChequeStep[];
}

/** How a customer pays: average days late and how often an invoice is never paid. */
interface Behaviour {
  meanLate: number;
  unpaid: number;
  partial: number;
}
const BEHAVIOURS: Behaviour[] = [
  { meanLate: 2, unpaid: 0.01, partial: 0.03 },
  { meanLate: 12, unpaid: 0.03, partial: 0.08 },
  { meanLate: 35, unpaid: 0.08, partial: 0.12 },
  { meanLate: 80, unpaid: 0.2, partial: 0.15 },
];

const validVkn = (r: Random): string => {
  const body = String(r.int(100_000_000, 999_999_999));
  return body + String(vknCheckDigit(body));
};

function customerValues(r: Random, index: number, titles: ReturnType<typeof companyTitles>) {
  const [city, taxOffice] = r.pick(CITIES);
  const title = titles(r);
  const slug = foldTr(title.split(' ')[0]!).replace(/[^a-z]/g, 'x');
  const values = customerCreateInput.parse({
    title,
    taxId: validVkn(r),
    taxOffice,
    city,
    phone: `0${r.int(212, 466)} ${r.int(200, 999)} ${r.int(10, 99)} ${r.int(10, 99)}`,
    email: `muhasebe@${slug}${index}.com.tr`,
    paymentTermsDays: r.pick([15, 30, 30, 45, 60, 90]),
    tags: r.chance(0.3) ? [r.pick(['toptan', 'perakende', 'ihracat', 'kamu'])] : [],
    contacts: r.chance(0.6)
      ? [{ name: `${r.pick(FIRST_NAMES)} ${r.pick(NAME_STEMS)}`, role: 'Muhasebe', preferredChannel: 'email' }]
      : [],
  });
  return { ...values, code: `C${String(index + 1).padStart(5, '0')}` };
}

/**
 * Fills an empty company with a realistic Turkish ledger (see `writeDemoLedger`) on either store: on an SQLite file
 * with prepared statements in one transaction (a million rows through the async query builder would take minutes),
 * on a PostgreSQL server in batched inserts in one transaction. `raw` is the SQLite file's handle (none on a server).
 */
export async function fillDemoCompany(
  db: Kysely<Database>,
  raw: (() => BetterSqlite3.Database) | null,
  options: DemoOptions,
): Promise<DemoSummary> {
  if (!isPostgres(db) && raw) return buildDemoCompany(raw(), options);
  return db.transaction().execute(async (trx) => {
    const rows = await bufferedDemoRows(trx);
    const summary = writeDemoLedger(rows, options);
    await rows.write();
    return summary;
  });
}

/** The SQLite fill: prepared statements in one transaction, then the planner's statistics refreshed. */
export function buildDemoCompany(raw: BetterSqlite3.Database, options: DemoOptions): DemoSummary {
  const summary = raw.transaction(() => writeDemoLedger(sqliteDemoRows(raw), options))();
  raw.pragma('optimize');
  return summary;
}

/**
 * A realistic Turkish ledger: customers with valid VKNs, invoices spread over the months, and payments whose
 * lateness follows each customer's habit, keeping the same invariants the handlers keep: open amounts,
 * unallocated rests, paid dates.
 */
function writeDemoLedger(rows: DemoRows, options: DemoOptions): DemoSummary {
  const r = seededRandom(options.seed ?? 20261122);
  const today = options.today ?? todayLocal();
  const days = (options.months ?? 24) * 30;
  const now = new Date().toISOString();

  const summary = { customers: options.customers, invoices: options.invoices, payments: 0, openInvoices: 0 };
  // Its own random stream, so the ledger itself stays what it was for a given seed.
  const collections = demoCollections(rows, seededRandom((options.seed ?? 20261122) + 1), today, now);
  const cheques = demoCheques(rows, seededRandom((options.seed ?? 20261122) + 2), today, now);
  const titles = companyTitles(seededRandom((options.seed ?? 20261122) + 3));
  const terms: number[] = [];
  const habits: Behaviour[] = [];
  const drawers: { title: string; city: string }[] = [];
  for (let i = 0; i < options.customers; i++) {
    const values = customerValues(r, i, titles);
    drawers.push({ title: values.title, city: values.city });
    const columns = customerColumns(values);
    const customerId = rows.add('customers', { ...columns, created_at: now, updated_at: now, version: 1 });
    const contact = values.contacts[0];
    if (contact)
      rows.add('customer_contacts', {
        customer_id: customerId,
        position: 0,
        name: contact.name,
        role: contact.role,
        phone: '',
        email: '',
        preferred_channel: 'email',
        topics: '[]',
      });
    terms.push(values.paymentTermsDays);
    habits.push(BEHAVIOURS[Math.min(3, Math.floor(r.next() ** 2 * 4))]!);
  }

  const methods = ['bank_transfer', 'bank_transfer', 'bank_transfer', 'cash', 'card', 'cheque', 'promissory_note'];
  for (let n = 0; n < options.invoices; n++) {
    // A few customers buy much more than the rest (squared draw skews towards low indexes).
    const c = Math.floor(r.next() ** 2 * options.customers);
    const issue = addDays(today, -r.int(0, days));
    const due = addDays(issue, terms[c]!);
    const currency = r.chance(0.9) ? 'TRY' : r.chance(0.6) ? 'USD' : 'EUR';
    const net = Math.round(Math.exp(r.next() * 7 + 6)) * 100;
    const vat = Math.round(net * 0.2);
    const total = net + vat;
    const habit = habits[c]!;
    const late = Math.round(-Math.log(1 - r.next()) * habit.meanLate) - r.int(0, 3);
    const paidOn = addDays(due, late);
    const number = `DMO${issue.slice(0, 4)}${String(n + 1).padStart(9, '0')}`;
    const paidAll = paidOn <= today && !r.chance(habit.unpaid);
    const paid = paidAll ? (r.chance(habit.partial) ? Math.round(total / 2) : total) : 0;
    const open = total - paid;
    const payDate = paidOn < issue ? issue : paidOn;
    const invoiceId = rows.add('invoices', {
      customer_id: c + 1,
      number,
      number_key: foldTr(number),
      issue_date: issue,
      due_date: due,
      currency,
      net,
      vat,
      total,
      open_amount: open,
      written_off_amount: 0,
      open_disputes: 0,
      paid_date: open === 0 ? payDate : null,
      notes: '',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    if (paid > 0) {
      const method = r.pick(methods);
      const paymentId = rows.add('payments', {
        customer_id: c + 1,
        kind: 'payment',
        date: payDate,
        currency,
        amount: paid,
        unallocated: 0,
        method,
        reference: '',
        note: '',
        created_at: now,
      });
      rows.add('allocations', {
        invoice_id: invoiceId,
        payment_id: paymentId,
        amount: paid,
        date: payDate,
        created_at: now,
        invoice_currency: currency,
        invoice_issue_date: issue,
        invoice_due_date: due,
      });
      if (method === 'cheque' || method === 'promissory_note')
        cheques.add({
          paymentId,
          customerId: c + 1,
          drawer: drawers[c]!.title,
          city: drawers[c]!.city,
          kind: method === 'cheque' ? 'cheque' : 'note',
          receivedOn: payDate,
          amount: paid,
          currency,
        });
      summary.payments += 1;
    }
    if (open > 0) summary.openInvoices += 1;
    collections.add({ id: invoiceId, customerId: c + 1, currency, issue, due, open, paidOn: paid > 0 ? payDate : null, paid });
    if (options.onProgress && n % 50_000 === 0) options.onProgress(n, options.invoices);
  }
  return { ...summary, ...collections.summary, ...cheques.summary, chequeSteps: cheques.steps };
}
