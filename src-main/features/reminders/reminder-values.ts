import { daysBetween } from '../../../src-shared/dates/business-date';
import type { CompanyProfile } from '../../../src-shared/domain/company-profile/schemas';
import { lateInterest, type DatedRate } from '../../../src-shared/domain/reminders/interest';
import type { TemplateValues } from '../../../src-shared/domain/reminders/render-template';
import type { Currency } from '../../../src-shared/money/currency';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { formatIban, type DocumentText } from '../../documents/document-format';
import type { Db } from '../../store/schema';
import type { DueItem } from './due-items';

export interface ListedItem {
  invoiceId: number;
  number: string;
  dueDate: string;
  currency: Currency;
  open: number;
  daysOverdue: number;
  interest: number;
}

export const LEVEL_KEYS: Record<number, MessageKey> = {
  0: 'reminders.level.0',
  1: 'reminders.level.1',
  2: 'reminders.level.2',
  3: 'reminders.level.3',
  4: 'reminders.level.4',
};

export async function loadRates(db: Db): Promise<DatedRate[]> {
  const rows = await db.selectFrom('interest_rates').select(['valid_from', 'annual_rate_bp']).orderBy('valid_from').execute();
  return rows.map((r) => ({ validFrom: r.valid_from, annualRateBp: r.annual_rate_bp }));
}

/** The items as a message lists them, with days overdue and the interest each has accrued by `today`. */
export function listItems(
  items: readonly DueItem[],
  today: string,
  rates: readonly DatedRate[],
  agreedRateBp: number | null,
): ListedItem[] {
  return items.map((item) => {
    const daysOverdue = Math.max(0, daysBetween(item.dueDate, today));
    return {
      invoiceId: item.invoiceId,
      number: item.number,
      dueDate: item.dueDate,
      currency: item.currency,
      open: item.open,
      daysOverdue,
      interest: lateInterest(item.open, item.dueDate, today, rates, agreedRateBp),
    };
  });
}

/** Sums per currency in a fixed order (TRY first, then alphabetical). */
export function perCurrency(
  items: readonly ListedItem[],
  pick: (item: ListedItem) => number,
): { currency: Currency; amount: number }[] {
  const sums = new Map<Currency, number>();
  for (const item of items) sums.set(item.currency, (sums.get(item.currency) ?? 0) + pick(item));
  return [...sums]
    .sort(([a], [b]) => (a === 'TRY' ? -1 : b === 'TRY' ? 1 : a.localeCompare(b)))
    .map(([currency, amount]) => ({ currency, amount }));
}

export interface ValuesInput {
  customer: { code: string; title: string; contactName: string };
  company: CompanyProfile;
  items: readonly ListedItem[];
  level: number;
  today: string;
  text: DocumentText;
  /** Whether the message carries the account statement (then the template may say so). */
  attached?: boolean;
}

/** Every placeholder's text in the customer's language. */
export function templateValues({ customer, company, items, level, today, text, attached = false }: ValuesInput): TemplateValues {
  const money = (list: { currency: Currency; amount: number }[]) =>
    list.length === 0 ? text.money(0, 'TRY') : list.map((m) => text.money(m.amount, m.currency)).join(' + ');
  const lines = items.map(
    (item) =>
      `• ${text.t(item.daysOverdue > 0 ? 'reminders.item.overdue' : 'reminders.item.due', {
        number: item.number,
        due: text.date(item.dueDate),
        amount: text.money(item.open, item.currency),
        days: item.daysOverdue,
      })}`,
  );
  const ibans = company.bankAccounts.map((a) => `${a.bank} — ${formatIban(a.iban)} (${a.currency})`).join('\n');
  return {
    customer_title: customer.title,
    customer_code: customer.code,
    contact_name: customer.contactName || customer.title,
    items: lines.join('\n'),
    totals: money(perCurrency(items, (i) => i.open)),
    days_overdue: String(Math.max(0, ...items.map((i) => i.daysOverdue))),
    interest: money(perCurrency(items, (i) => i.interest).filter((m) => m.amount > 0)),
    company_name: company.title,
    company_ibans: ibans,
    payment_details: ibans && `${text.t('reminders.paymentDetails')}\n${ibans}`,
    attachment_note: attached ? text.t('reminders.attachmentNote') : '',
    level: text.t(LEVEL_KEYS[level] ?? 'reminders.level.0'),
    today: text.date(today),
  };
}
