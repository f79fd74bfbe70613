import { openBackend, type Backend } from '../../src-main/backend';
import { vknCheckDigit } from '../../src-shared/validation/tax-id';
import { addDays } from '../../src-shared/dates/business-date';
import { call } from './test-backend';
import { borcAlacakCsv, makeIban, type FixtureLine } from './bank-statements';
import { testDatabaseUrl, testStoreIsPostgres } from './pg-databases';
import { storeSql } from './store-sql';
import { tempDir } from './temp-dir';

/** The contract tests' fixed day (a Monday, no holiday) and clock: nothing in them follows the wall clock. */
export const WORLD_TODAY = '2026-11-16';
export const WORLD_NOW = new Date(`${WORLD_TODAY}T09:30:00.000Z`);
const day = (offset: number) => addDays(WORLD_TODAY, offset);

/** Ids of records in every state a sample argument needs; each mutation sample uses its own records. */
export interface World {
  today: string;
  customerId: number;
  otherCustomerId: number;
  archiveCustomerId: number;
  openInvoiceId: number;
  editableInvoiceId: number;
  writeOffInvoiceId: number;
  /** A customer with one invoice of 10,000.00 open, no plan and no payment. */
  planCustomerId: number;
  planableInvoiceId: number;
  disputeInvoiceId: number;
  paymentId: number;
  unallocatedPaymentId: number;
  creditNoteId: number;
  disputeId: number;
  promiseId: number;
  reschedulePromiseId: number;
  chequeId: number;
  planId: number;
  replanPlanId: number;
  instalmentDay: string;
  queuedEmailId: number;
  failedEmailId: number;
  heldEmailIds: number[];
  letterTaskId: number;
  policyId: number;
  holidayDate: string;
  interestRateFrom: string;
  uploadId: string;
  /** The company's account (the one `company-profile/update`'s sample keeps) and a statement for it not yet imported. */
  bankAccountIban: string;
  bankUploadId: string;
  /** Open statement lines: one to accept for `customerId`, one to dismiss. */
  bankAcceptLineId: number;
  bankDismissLineId: number;
  /** An IBAN on `otherCustomerId`'s card, to remove. */
  customerIban: string;
}

const vkn = (body: string) => body + String(vknCheckDigit(body));

const BANK_ACCOUNT = 'TR330006100519786457841326';

/** Uploads a bank statement (Garanti-like CSV) as the renderer does, for `bank/inspect` and `bank/import`. */
async function uploadStatement(backend: Backend, fileName: string, lines: FixtureLine[]): Promise<string> {
  const dataBase64 = borcAlacakCsv(lines).toString('base64');
  return (await call(backend, 'imports/upload', { fileName, dataBase64 })).uploadId;
}

/**
 * A small company with a record in every state the methods act on, made through the methods themselves on a
 * fixed clock: customers, overdue and open invoices, payments, a credit note, a dispute, promises, a cheque, two
 * plans, the outbox (queued, failed, held for approval), a reminder run's letter task, a holiday, an interest rate,
 * an uploaded CSV, and an imported bank statement with a customer's IBAN.
 */
export async function contractWorld(): Promise<{ backend: Backend; world: World; close: () => Promise<void> }> {
  const dataDir = tempDir();
  // On the test store: the SQLite file, or with VADE_TEST_STORE=postgres a database of the test cluster.
  const databaseUrl = testStoreIsPostgres() ? await testDatabaseUrl(dataDir) : undefined;
  const backend = await openBackend({
    dataDir,
    mode: 'cli',
    ...(databaseUrl ? { databaseUrl } : {}),
    now: () => new Date(WORLD_NOW),
  });
  const c = <N extends Parameters<typeof call>[1]>(method: N, args: Parameters<typeof call<N>>[2]) => call(backend, method, args);

  await c('company-profile/update', {
    title: 'Örnek Tekstil A.Ş.',
    taxId: vkn('123456789'),
    address: 'İstanbul',
    email: 'info@ornek.com.tr',
    bankAccounts: [{ bank: 'Ziraat Bankası', iban: BANK_ACCOUNT }],
  });
  const customers = [];
  for (const [i, title] of [
    'Çınar Gıda',
    'Işık Yapı',
    'Güneş Elektrik',
    'Öztürk Lojistik',
    'Şahin Tarım',
    'Demir Otomotiv',
    'İpek Mobilya',
  ].entries())
    customers.push(
      await c('customers/create', { title, email: `muhasebe${i}@ornek${i}.com.tr`, taxId: vkn(String(200000000 + i)) }),
    );
  const [main, other] = customers.map((x) => x.id) as [number, number];
  const invoice = async (customerId: number, due: number, total: number) =>
    (await c('invoices/create', { customerId, issueDate: day(due - 30), dueDate: day(due), total, currency: 'TRY' })).id;

  const openInvoiceId = await invoice(main, -35, 100_000_00);
  await invoice(main, -40, 50_000_00);
  const planInvoice = await invoice(main, -20, 30_000_00);
  const replanInvoice = await invoice(main, -18, 24_000_00);
  const editableInvoiceId = await invoice(main, 20, 12_000_00);
  const writeOffInvoiceId = await invoice(customers[2]!.id, -50, 5_000_00);
  const planCustomerId = customers[3]!.id;
  const planableInvoiceId = await invoice(planCustomerId, -25, 10_000_00);
  const disputeInvoiceId = await invoice(main, -10, 8_000_00);
  const disputedInvoice = await invoice(main, -12, 9_000_00);
  for (const customer of customers.slice(1, 6)) await invoice(customer.id, -35, 40_000_00);
  // Paid history, so the risk segment, habits and forecast have something to work on.
  const paid = await invoice(other, -90, 20_000_00);
  await c('payments/record', {
    customerId: other,
    date: day(-80),
    amount: 20_000_00,
    method: 'bank_transfer',
    allocate: [{ invoiceId: paid, amount: 20_000_00 }],
  });

  const paymentId = (await c('payments/record', { customerId: main, date: day(-5), amount: 10_000_00, method: 'bank_transfer' }))
    .id;
  const unallocatedPaymentId = (
    await c('payments/record', { customerId: main, date: day(-3), amount: 3_000_00, method: 'cash', allocate: 'none' })
  ).id;
  const creditNoteId = (
    await c('credit-notes/create', { customerId: main, date: day(-2), amount: 1_000_00, invoiceId: openInvoiceId })
  ).id;
  const disputeId = (await c('disputes/open', { invoiceId: disputedInvoice, reason: 'price', amount: 1_000_00 })).id;
  const promiseId = (await c('promises/create', { customerId: main, amount: 5_000_00, promisedDate: day(3) })).id;
  const reschedulePromiseId = (await c('promises/create', { customerId: other, amount: 4_000_00, promisedDate: day(4) })).id;
  const chequeId = (
    await c('cheques/record', {
      kind: 'cheque',
      customerId: other,
      serialNumber: 'A-1001',
      bank: 'Ziraat',
      drawer: 'Işık Yapı',
      issueDate: day(-1),
      dueDate: day(30),
      amount: 2_000_00,
      receivedOn: day(-1),
    })
  ).id;
  const plan = async (invoiceId: number, amount: number) => {
    const rows = [1, 2].map((n) => ({ dueDate: day(30 * n), amount: amount / 2 }));
    return c('plans/create', {
      customerId: main,
      invoiceIds: [invoiceId],
      frequency: { kind: 'monthly', day: 16 },
      startDate: day(30),
      rows,
    });
  };
  const planned = await plan(planInvoice, 30_000_00);
  const replanPlanId = (await plan(replanInvoice, 24_000_00)).id;

  await c('outbox/update-settings', { host: '127.0.0.1', port: 2525, security: 'none', fromAddress: 'tahsilat@ornek.com.tr' });
  const queuedEmailId = (await c('outbox/enqueue-manual', { customerId: main, attachStatement: false })).id;
  const failedEmailId = (await c('outbox/enqueue-manual', { customerId: other, attachStatement: false })).id;
  await backend.store.db
    .updateTable('outbox_messages')
    .set({ status: 'failed', failure_kind: 'transient', last_error: 'test' })
    .where('id', '=', failedEmailId)
    .execute();
  await c('reminders/run-now', {});
  const heldEmailIds = (await c('reminders/approvals', {})).map((m) => m.id);
  const letterTaskId = (await storeSql(backend).value<number>(
    `select id from reminder_tasks where channel = 'letter' order by id limit 1`,
  ))!;
  const policyId = (await c('reminders/policies', {}))[0]!.id;
  await c('holidays/add', { date: day(45), name: 'Şirket tatili', kind: 'company' });
  await c('reminders/save-interest-rate', { validFrom: '2026-07-01', annualRateBp: 4800 });
  const csv = 'Kod;Unvan;E-posta\nYENI1;Yeni Müşteri Ltd.;yeni@ornek.com.tr\n';
  const { uploadId } = await c('imports/upload', { fileName: 'musteriler.csv', dataBase64: Buffer.from(csv).toString('base64') });

  const statement = await uploadStatement(backend, 'ekstre-1.csv', [
    {
      date: day(-2),
      amount: 5_000_00,
      description: 'FT2026 fatura ödemesi',
      sender: 'Çınar Gıda',
      senderIban: makeIban('00010', '4444'),
      reference: 'R-1',
    },
    { date: day(-1), amount: 750_00, description: 'Havale', sender: 'Bilinmeyen Gönderen', reference: 'R-2' },
    { date: day(-1), amount: -120_00, description: 'Hesap işletim ücreti', reference: 'R-3' },
  ]);
  await c('bank/import', { source: { uploadId: statement }, accountIban: BANK_ACCOUNT });
  const bankLine = async (reference: string) => {
    const id = await storeSql(backend).value(`select id from bank_lines where reference = ?`, reference);
    if (typeof id !== 'number') throw new Error(`The world's statement has no line ${reference}`);
    return id;
  };
  const customerIban = makeIban('00046', '5555');
  await c('bank/add-customer-iban', { customerId: other, iban: customerIban });
  const bankUploadId = await uploadStatement(backend, 'ekstre-2.csv', [
    { date: day(0), amount: 2_000_00, description: 'Cari hesap ödemesi', sender: 'Işık Yapı', reference: 'R-4' },
  ]);

  const world: World = {
    today: WORLD_TODAY,
    customerId: main,
    otherCustomerId: other,
    archiveCustomerId: customers[6]!.id,
    openInvoiceId,
    editableInvoiceId,
    writeOffInvoiceId,
    planCustomerId,
    planableInvoiceId,
    disputeInvoiceId,
    paymentId,
    unallocatedPaymentId,
    creditNoteId,
    disputeId,
    promiseId,
    reschedulePromiseId,
    chequeId,
    planId: planned.id,
    replanPlanId,
    instalmentDay: day(30),
    queuedEmailId,
    failedEmailId,
    heldEmailIds,
    letterTaskId,
    policyId,
    holidayDate: day(45),
    interestRateFrom: '2026-07-01',
    uploadId,
    bankAccountIban: BANK_ACCOUNT,
    bankUploadId,
    bankAcceptLineId: await bankLine('R-1'),
    bankDismissLineId: await bankLine('R-2'),
    customerIban,
  };
  return { backend, world, close: () => backend.close() };
}
