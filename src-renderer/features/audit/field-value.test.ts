import { describe, expect, it } from 'vitest';
import { translate } from '../../../src-shared/i18n/translate';
import { formatMoney } from '../../../src-shared/money/format';
import type { Formatters } from '../../i18n/formatters';
import { fieldLabel, formatFieldValue } from './field-value';

const t = (key: string, params?: Record<string, string | number>) => translate('tr', key, params);
const format = {
  number: (v: number) => String(v),
  money: (minor: number, currency: 'TRY') => formatMoney(minor, currency, 'tr'),
  date: (day: string) => `d:${day}`,
  dateTime: (iso: string) => `t:${iso}`,
  percent: (v: number) => `%${v}`,
} as Formatters;

describe('audit field values', () => {
  it('shows amounts, days, codes and lists the way people read them', () => {
    const show = (field: string, value: unknown) => formatFieldValue(field, value, 'TRY', format, t);
    expect(show('total', 250000)).toBe('2.500,00 ₺');
    expect(show('paymentTermsDays', 30)).toBe('30');
    expect(show('dueDate', '2026-12-31')).toBe('d:2026-12-31');
    expect(show('reversedAt', '2026-11-23T10:00:00.000Z')).toBe('t:2026-11-23T10:00:00.000Z');
    expect(show('status', 'written_off')).toBe('Kayıttan düşüldü');
    expect(show('kind', 'credit_note')).toBe('Alacak dekontu');
    expect(show('method', 'bank_transfer')).toBe('Havale/EFT');
    expect(show('tags', ['toptan', 'ihracat'])).toBe('toptan, ihracat');
    expect(show('lines', [{}, {}])).toBe('2 öğe');
    expect(show('creditLimit', { amount: 100000, currency: 'TRY' })).toBe('1.000,00 ₺');
    expect(show('notes', '')).toBe('—');
    expect(fieldLabel('city', t)).toBe('İl');
    expect(fieldLabel('somethingNew', t)).toBe('somethingNew');
  });
});
