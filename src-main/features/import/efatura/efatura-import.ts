import { addDays } from '../../../../src-shared/dates/business-date';
import { AppError } from '../../../../src-shared/contract/errors';
import { customerCreateInput } from '../../../../src-shared/domain/customers/schemas';
import type { EfaturaFileResult } from '../../../../src-shared/domain/import/types';
import { translate } from '../../../../src-shared/i18n/translate';
import type { Language } from '../../../../src-shared/i18n/language';
import { foldTr } from '../../../../src-shared/text/turkish';
import type { HandlerContext } from '../../../core/context';
import { insertCustomer, suggestCode } from '../../customers/customers-repo';
import { insertInvoice } from '../../invoices/invoices-repo';
import { issueCreditNote } from '../../payments/credit-notes-handlers';
import { decodeText } from '../decode-text';
import type { XmlEntry } from './efatura-files';
import { savepoint } from '../../../store/dialect/savepoints';
import { statement, type RawHandle } from '../../../store/dialect/statements';
import { isPlaceholderEmail } from './placeholder-email';
import { readUblInvoice, UblError, type UblInvoice, type UblParty } from './ubl-invoice';

export interface EfaturaContext {
  ctx: HandlerContext;
  /** The SQLite file's handle for the duplicate check's prepared statement (none on a server). */
  raw: RawHandle | null;
  language: Language;
  /** The company's own VKN/TCKN: only invoices it issued are its receivables. */
  ownTaxId: string;
  /** Customers whose ledger changed, and customers created, for the events after commit. */
  ledgerCustomerIds: Set<number>;
  createdCustomerIds: Set<number>;
}

const RETURN_TYPE = 'IADE';

async function findOrCreateCustomer(
  ec: EfaturaContext,
  party: UblParty,
): Promise<{ id: number; terms: number; created: boolean }> {
  const existing = await ec.ctx.db
    .selectFrom('customers')
    .select(['id', 'payment_terms_days'])
    .where('tax_id', '=', party.taxId)
    .orderBy('archived_at')
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return { id: existing.id, terms: existing.payment_terms_days, created: false };
  const base = {
    code: await suggestCode(ec.ctx.db),
    title: party.title,
    kind: party.taxId.length === 11 ? 'person' : 'company',
    taxId: party.taxId,
    taxOffice: party.taxOffice.slice(0, 120),
    address: party.address.slice(0, 500),
    city: party.city.slice(0, 80),
  };
  // A phone or e-mail written oddly on the invoice is left out rather than refusing the whole invoice, and so is
  // a placeholder address (noreply@, defaultpk@…) that would send reminders nowhere.
  const email = isPlaceholderEmail(party.email) ? '' : party.email;
  const full = customerCreateInput.safeParse({ ...base, phone: party.phone, email });
  const values = full.success ? full : customerCreateInput.safeParse(base);
  if (!values.success) {
    const first = values.error.issues[0];
    throw new UblError('import.efatura.customerInvalid', {
      reason: translate(ec.language, first?.message ?? 'validation.invalid'),
    });
  }
  const id = await insertCustomer(ec.ctx.db, { ...values.data, code: base.code }, ec.ctx.now());
  return { id, terms: values.data.paymentTermsDays, created: true };
}

/**
 * The customer this document is about. A sale is issued by the company to the customer. A return (IADE) is
 * issued by the customer who sends the goods back, to the company — that is how GİB's return invoices run
 * (one the company issued itself is read the same way). Anything else the company received is a purchase.
 */
function counterparty(ec: EfaturaContext, doc: UblInvoice): UblParty {
  const ours = (party: UblParty) => party.taxId === ec.ownTaxId;
  // Issued by the company to itself (a test document, or a mix-up at the integrator): no customer to book it to.
  if (ours(doc.supplier) && ours(doc.customer)) throw new UblError('import.efatura.selfInvoice', { taxId: ec.ownTaxId });
  let party: UblParty | null = null;
  if (doc.typeCode === RETURN_TYPE) party = ours(doc.customer) ? doc.supplier : ours(doc.supplier) ? doc.customer : null;
  else if (ours(doc.supplier) && !ours(doc.customer)) party = doc.customer;
  if (!party) throw new UblError('import.efatura.purchase', { supplier: doc.supplier.title || doc.supplier.taxId || '—' });
  if (!/^\d{10,11}$/.test(party.taxId)) throw new UblError('import.efatura.noCustomerId');
  if (party.title.length < 2) throw new UblError('import.efatura.missing', { field: 'cac:PartyName / cac:Person' });
  return party;
}

const ettnKnown = async (ec: EfaturaContext, ettn: string): Promise<boolean> =>
  (await statement<[string, string], unknown>(
    ec.ctx.db,
    ec.raw,
    'select 1 from invoices where ettn = ? union all select 1 from payments where ettn = ?',
  ).get(ettn, ettn)) !== undefined;

async function importDocument(ec: EfaturaContext, doc: UblInvoice, party: UblParty, name: string): Promise<EfaturaFileResult> {
  const customer = await findOrCreateCustomer(ec, party);
  ec.ledgerCustomerIds.add(customer.id);
  if (customer.created) ec.createdCustomerIds.add(customer.id);
  const base = { file: name, number: doc.number, ettn: doc.ettn, customerTitle: party.title, customerCreated: customer.created };
  if (doc.typeCode === RETURN_TYPE) {
    const returned = doc.returnsInvoice
      ? await ec.ctx.db
          .selectFrom('invoices')
          .select('id')
          .where('number_key', '=', foldTr(doc.returnsInvoice))
          .where('customer_id', '=', customer.id)
          .where('currency', '=', doc.currency)
          .executeTakeFirst()
      : undefined;
    const note = await issueCreditNote(
      {
        customerId: customer.id,
        number: doc.number,
        date: doc.issueDate,
        currency: doc.currency,
        amount: doc.payable,
        ...(returned ? { invoiceId: returned.id } : {}),
        note: translate(ec.language, 'import.efatura.returnNote', { number: doc.returnsInvoice ?? '—' }),
        allocate: 'auto',
      },
      ec.ctx,
    );
    await ec.ctx.db.updateTable('payments').set({ ettn: doc.ettn }).where('id', '=', note.id).execute();
    return { ...base, status: 'imported', kind: 'credit_note', message: translate(ec.language, 'import.efatura.importedReturn') };
  }
  const taken = await ec.ctx.db
    .selectFrom('invoices')
    .select('id')
    .where('number_key', '=', foldTr(doc.number))
    .executeTakeFirst();
  if (taken) throw new UblError('import.efatura.numberTaken', { number: doc.number });
  await insertInvoice(
    ec.ctx.db,
    {
      customerId: customer.id,
      number: doc.number,
      issueDate: doc.issueDate,
      dueDate: doc.dueDate && doc.dueDate >= doc.issueDate ? doc.dueDate : addDays(doc.issueDate, customer.terms),
      currency: doc.currency,
      lines: undefined,
      total: doc.payable,
      ettn: doc.ettn,
      notes: doc.profile ? `${doc.profile} ${doc.typeCode}`.trim() : '',
    },
    ec.ctx.now(),
    ec.ctx.actor.name,
  );
  return { ...base, status: 'imported', kind: 'invoice', message: translate(ec.language, 'import.efatura.imported') };
}

/** A file read and checked, or the reason it cannot be imported. */
export type ReadEntry = { name: string; doc: UblInvoice; party: UblParty } | { name: string; failure: EfaturaFileResult };

const failure = (name: string, message: string, doc?: UblInvoice): EfaturaFileResult => ({
  file: name,
  status: 'error',
  kind: null,
  number: doc?.number ?? null,
  ettn: doc?.ettn ?? null,
  customerTitle: null,
  customerCreated: false,
  message,
});

export async function readEntry(ec: EfaturaContext, entry: XmlEntry): Promise<ReadEntry> {
  try {
    const doc = readUblInvoice(decodeText(await entry.read()).text);
    return { name: entry.name, doc, party: counterparty(ec, doc) };
  } catch (error) {
    if (error instanceof UblError)
      return { name: entry.name, failure: failure(entry.name, translate(ec.language, error.key, error.params)) };
    throw error;
  }
}

/** Sales before returns, so a return in the same batch finds the invoice it credits. */
export const salesFirst = (entries: ReadEntry[]): ReadEntry[] =>
  [...entries].sort(
    (a, b) => Number('doc' in a && a.doc.typeCode === RETURN_TYPE) - Number('doc' in b && b.doc.typeCode === RETURN_TYPE),
  );

/**
 * One document, written under its own savepoint: a file that fails leaves nothing behind while the others
 * are kept. Returns what happened, in the user's language.
 */
export async function importEntry(ec: EfaturaContext, entry: ReadEntry): Promise<EfaturaFileResult> {
  if ('failure' in entry) return entry.failure;
  const { doc, party, name } = entry;
  if (await ettnKnown(ec, doc.ettn)) {
    return {
      ...failure(name, translate(ec.language, 'import.efatura.duplicate', { ettn: doc.ettn }), doc),
      status: 'skipped',
      customerTitle: party.title,
    };
  }
  const undo = await savepoint(ec.ctx.db, 'vade_efatura');
  try {
    const result = await importDocument(ec, doc, party, name);
    await undo.release();
    return result;
  } catch (error) {
    await undo.rollback();
    if (error instanceof UblError) return failure(name, translate(ec.language, error.key, error.params), doc);
    if (error instanceof AppError) return failure(name, error.issues?.[0]?.message ?? error.message, doc);
    throw error;
  }
}
