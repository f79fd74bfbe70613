import { isBusinessDate } from '../../../src-shared/dates/business-date';
import { isMessageKey } from '../../../src-shared/i18n/translate';
import type { Currency } from '../../../src-shared/money/currency';
import type { Formatters } from '../../i18n/formatters';
import type { Translate } from '../../i18n/i18n-context';

/** Fields holding minor units in the record's currency. */
const MONEY_FIELDS = new Set([
  'net',
  'vat',
  'total',
  'openAmount',
  'paidAmount',
  'writtenOffAmount',
  'amount',
  'unallocated',
  'paidSoFar',
]);

/** Fields whose values have their own translations: the value is looked up under these prefixes. */
const CODED_FIELDS: Record<string, string[]> = {
  status: ['invoices.status'],
  kind: ['customers.kind', 'audit.entity'],
  method: ['payments.method'],
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's name for people, or the name itself for a field no translation knows yet. */
export function fieldLabel(field: string, t: Translate): string {
  const key = `audit.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

/** A value of an audit snapshot as people read it: amounts, days, times and codes in the user's language. */
export function formatFieldValue(
  field: string,
  value: unknown,
  currency: Currency | null,
  format: Formatters,
  t: Translate,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number')
    return MONEY_FIELDS.has(field) && currency ? format.money(value, currency) : format.number(value);
  if (typeof value === 'string') {
    const coded = CODED_FIELDS[field]?.map((prefix) => `${prefix}.${value}`).find(isMessageKey);
    if (coded) return t(coded);
    if (isBusinessDate(value)) return format.date(value);
    if (ISO_TIME.test(value)) return format.dateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.every((item) => typeof item === 'string') && value.length > 0
      ? value.join(', ')
      : value.length === 0
        ? t('common.none')
        : value.length === 1
          ? t('audit.oneItem')
          : t('audit.items', { count: value.length });
  }
  const money = value as { amount?: unknown; currency?: unknown };
  if (typeof money.amount === 'number' && typeof money.currency === 'string')
    return format.money(money.amount, money.currency as Currency);
  return JSON.stringify(value);
}
