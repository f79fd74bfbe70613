import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en/index';
import { tr } from './tr/index';
import { translate } from './translate';

/** Parameters that carry a count; the others (amounts, dates, names) are text. */
const COUNTS = new Set([
  'count',
  'days',
  'n',
  'pages',
  'total',
  'shown',
  'max',
  'min',
  'rows',
  'points',
  'from',
  'to',
  'customers',
  'emails',
  'approvals',
  'tasks',
  'done',
]);

describe('i18n', () => {
  it('has every Turkish key in English and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
  });
  it('keeps each key prefix in one domain file, and no singular twin of a plural prefix', async () => {
    const dir = path.join(import.meta.dirname, 'tr');
    const owner = new Map<string, string>();
    for (const file of fs.readdirSync(dir).filter((f) => f !== 'index.ts')) {
      const texts = Object.values((await import(`./tr/${file}`)) as Record<string, object>)[0]!;
      for (const key of Object.keys(texts)) {
        const prefix = key.split('.')[0]!;
        expect(owner.get(prefix) ?? file, `${key} (${file})`).toBe(file);
        owner.set(prefix, file);
      }
    }
    for (const prefix of owner.keys()) expect(owner.has(`${prefix}s`), `'${prefix}.' beside '${prefix}s.'`).toBe(false);
  });
  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(tr) as (keyof typeof tr)[]) {
      expect(names(en[key]), key).toEqual(names(tr[key]));
    }
  });
  it('fills parameters', () => {
    expect(translate('tr', 'validation.max', { max: 5 })).toBe('En fazla 5 olabilir.');
    expect(translate('en', 'customers.count', { count: 3 })).toBe('3 customers');
  });
  it('writes the English singular for one and the Turkish singular after every number', () => {
    expect(translate('en', 'customers.count', { count: 1 })).toBe('1 customer');
    expect(translate('en', 'invoices.daysOverdue', { days: 1 })).toBe('1 day overdue');
    expect(translate('en', 'payments.saved.allocated', { amount: '5,00 ₺', count: 1 })).toBe('5,00 ₺ matched to 1 invoice.');
    expect(translate('en', 'payments.saved.allocated', { amount: '5,00 ₺', count: 2 })).toBe('5,00 ₺ matched to 2 invoices.');
    expect(translate('en', 'statements.batch.matching', { count: 1 })).toBe('1 customer matches.');
    expect(translate('tr', 'customers.count', { count: 300 })).toBe('300 cari');
    expect(translate('tr', 'invoices.count', { count: 5 })).toBe('5 fatura');
  });
  it('has no "(s)" plurals in English and no plural noun after a number in Turkish', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/\w\((s|es)\)/);
    // With every number 1, no English text may read "1 days", "1 invoices"...
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const params = Object.fromEntries([...en[key].matchAll(/\{(\w+)/g)].map((m) => [m[1], COUNTS.has(m[1]!) ? 1 : 'X']));
      const text = translate('en', key, params);
      expect(text, key).not.toMatch(
        /\b1 (days|customers|invoices|items|pages|payments|rows|emails|tasks|approvals|customers|instalments)\b/,
      );
    }
    for (const [key, text] of Object.entries(tr))
      expect(text, key).not.toMatch(/\{(count|days|n|pages|total|customers|done)\} \S*(ler|lar)\b/);
  });
  it('says what the reminder opt-out does', () => {
    expect(tr['reminders.card.optedOut']).toBe('Bu cariye otomatik hatırlatma gönderilmesin');
    expect(en['reminders.card.optedOut']).toBe('Stop automatic reminders to this customer');
  });
});
