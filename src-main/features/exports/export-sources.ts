import { todayLocal } from '../../../src-shared/dates/business-date';
import type { ExportCell, ExportColumn } from '../../../src-shared/domain/reports/export-document';
import { invoiceStatus } from '../../../src-shared/domain/invoices/status';
import { DEFAULT_AGING_BOUNDS } from '../../../src-shared/domain/reports/schemas';
import type { Language } from '../../../src-shared/i18n/language';
import { translate, type MessageKey } from '../../../src-shared/i18n/translate';
import type { HandlerContext } from '../../core/context';
import type { Db } from '../../store/schema';
import { customerTimeline } from '../collections/timeline';
import { agingReport } from '../reports/aging-report';
import type { StreamedTable } from './table-writer';

/** Rows per database round trip: big enough to be fast, small enough to keep memory flat at a million rows. */
const PAGE = 5000;

export interface SourceOptions {
  customerId?: number | undefined;
}

const column = (language: Language, key: MessageKey, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({
  header: translate(language, key),
  kind,
});

/** Columns named by their `exports.col.*` key (or a full key), with `:kind` for anything but text: 'total:money'. */
const columns = (language: Language, ...specs: string[]): ExportColumn[] =>
  specs.map((spec) => {
    const [name, kind] = spec.split(':') as [string, ExportColumn['kind'] | undefined];
    return column(language, (name.includes('.') ? name : `exports.col.${name}`) as MessageKey, kind);
  });

/** Pages of rows by keyset on `id` (never OFFSET: page 200 costs what page 1 does). */
async function* byId<R extends { id: number }>(fetch: (afterId: number) => Promise<R[]>, toRow: (r: R) => ExportCell[]) {
  for (let after = 0; ;) {
    const rows = await fetch(after);
    if (rows.length === 0) return;
    yield rows.map(toRow);
    after = rows.at(-1)!.id;
    if (rows.length < PAGE) return;
  }
}

export function customersTable(db: Db, language: Language): StreamedTable {
  const t = (key: MessageKey) => translate(language, key);
  return {
    title: t('exports.sheet.customers'),
    fileName: 'cariler',
    columns: columns(
      language,
      'code',
      'title',
      'kind',
      'taxId',
      'taxOffice',
      'city',
      'phone',
      'email',
      'paymentTermDays:integer',
      'creditLimit:money',
      'currency',
      'archived',
    ),
    pages: () =>
      byId(
        (after) =>
          db
            .selectFrom('customers')
            .select(['id', 'code', 'title', 'kind', 'tax_id', 'tax_office', 'city', 'phone', 'email', 'payment_terms_days'])
            .select(['credit_limit_amount', 'credit_limit_currency', 'archived_at'])
            .where('id', '>', after)
            .orderBy('id')
            .limit(PAGE)
            .execute(),
        (c) => [
          c.code,
          c.title,
          t(`customers.kind.${c.kind}` as MessageKey),
          c.tax_id,
          c.tax_office,
          c.city,
          c.phone,
          c.email,
          c.payment_terms_days,
          c.credit_limit_amount,
          c.credit_limit_currency,
          c.archived_at ? t('exports.yes') : t('exports.no'),
        ],
      ),
  };
}

export function invoicesTable(db: Db, language: Language, today: string, options: SourceOptions = {}): StreamedTable {
  const t = (key: MessageKey) => translate(language, key);
  return {
    title: t('exports.sheet.invoices'),
    fileName: 'faturalar',
    columns: columns(
      language,
      'number',
      'issueDate:date',
      'dueDate:date',
      'code',
      'title',
      'currency',
      'net:money',
      'vat:money',
      'total:money',
      'open:money',
      'status',
      'paidDate:date',
      'ettn',
    ),
    pages: () =>
      byId(
        (after) => {
          let query = db
            .selectFrom('invoices as i')
            .innerJoin('customers as c', 'c.id', 'i.customer_id')
            .select(['i.id', 'i.number', 'i.issue_date', 'i.due_date', 'c.code', 'c.title', 'i.currency', 'i.net', 'i.vat'])
            .select(['i.total', 'i.open_amount', 'i.written_off_amount', 'i.open_disputes', 'i.paid_date', 'i.ettn'])
            // A single-total invoice has no VAT breakdown: its net and VAT cells stay empty, not "0,00".
            .select((eb) =>
              eb.exists(eb.selectFrom('invoice_lines as l').select('l.invoice_id').whereRef('l.invoice_id', '=', 'i.id')).as('has_lines'),
            )
            .where('i.id', '>', after);
          if (options.customerId !== undefined) query = query.where('i.customer_id', '=', options.customerId);
          return query.orderBy('i.id').limit(PAGE).execute();
        },
        (i) => [
          i.number,
          i.issue_date,
          i.due_date,
          i.code,
          i.title,
          i.currency,
          i.has_lines ? i.net : null,
          i.has_lines ? i.vat : null,
          i.total,
          i.open_amount,
          t(
            `invoices.status.${invoiceStatus(
              {
                total: i.total,
                openAmount: i.open_amount,
                writtenOffAmount: i.written_off_amount,
                openDisputes: i.open_disputes,
                dueDate: i.due_date,
              },
              today,
            )}`,
          ),
          i.paid_date,
          i.ettn,
        ],
      ),
  };
}

export function paymentsTable(db: Db, language: Language, options: SourceOptions = {}): StreamedTable {
  const t = (key: MessageKey) => translate(language, key);
  return {
    title: t('exports.sheet.payments'),
    fileName: 'tahsilatlar',
    columns: columns(
      language,
      'date:date',
      'kind',
      'number',
      'code',
      'title',
      'currency',
      'amount:money',
      'unallocated:money',
      'method',
      'reference',
      'reversed',
    ),
    pages: () =>
      byId(
        (after) => {
          let query = db
            .selectFrom('payments as p')
            .innerJoin('customers as c', 'c.id', 'p.customer_id')
            .select(['p.id', 'p.date', 'p.kind', 'p.number', 'c.code', 'c.title', 'p.currency', 'p.amount', 'p.unallocated'])
            .select(['p.method', 'p.reference', 'p.reversed_at'])
            .where('p.id', '>', after);
          if (options.customerId !== undefined) query = query.where('p.customer_id', '=', options.customerId);
          return query.orderBy('p.id').limit(PAGE).execute();
        },
        (p) => [
          p.date,
          t(`payments.kind.${p.kind}`),
          p.number,
          p.code,
          p.title,
          p.currency,
          p.amount,
          p.unallocated,
          p.method ? t(`payments.method.${p.method}` as MessageKey) : '',
          p.reference,
          p.reversed_at ? t('exports.yes') : t('exports.no'),
        ],
      ),
  };
}

/** Aging today with the default buckets, one row per customer and currency, largest first. */
export function agingTable(db: Db, language: Language, now: Date, options: SourceOptions = {}): StreamedTable {
  const t = (key: MessageKey, params?: Record<string, number>) => translate(language, key, params);
  const bounds = [...DEFAULT_AGING_BOUNDS];
  const bucketHeaders = [
    t('statements.pdf.aging.notDue'),
    ...bounds.map((to, i) => t('statements.pdf.aging.range', { from: i === 0 ? 1 : bounds[i - 1]! + 1, to })),
    t('statements.pdf.aging.over', { days: bounds.at(-1)! }),
  ];
  return {
    title: t('exports.sheet.aging'),
    fileName: 'yaslandirma',
    columns: [
      ...columns(language, 'code', 'title', 'currency'),
      ...bucketHeaders.map((header): ExportColumn => ({ header, kind: 'money' })),
      ...columns(language, 'reports.aging.credit:money', 'reports.aging.balance:money'),
    ],
    async *pages() {
      for (let offset = 0; ; offset += PAGE) {
        const report = await agingReport(db, { bounds, limit: PAGE, offset, customerId: options.customerId }, now);
        if (report.rows.length === 0) return;
        yield report.rows.map((r) => [r.customerCode, r.customerTitle, r.currency, ...r.buckets, r.credit, r.balance]);
        if (offset + PAGE >= report.rowCount) return;
      }
    },
  };
}

/** Everything on one customer's account, newest first (the card's timeline). */
export function timelineTable(ctx: HandlerContext, language: Language, customerId: number): StreamedTable {
  return {
    title: translate(language, 'exports.sheet.timeline'),
    fileName: 'cari-hareketleri',
    columns: [...columns(language, 'date', 'event', 'title', 'detail', 'currency', 'amount:money')],
    async *pages() {
      for (let cursor: string | undefined; ;) {
        const page = await customerTimeline({ id: customerId, limit: 200, cursor }, ctx);
        yield page.items.map((e) => [e.at, e.kind, e.title, e.detail, e.currency, e.amount]);
        if (!page.nextCursor) return;
        cursor = page.nextCursor;
      }
    },
  };
}

export const todayFor = (now: Date): string => todayLocal(now);
