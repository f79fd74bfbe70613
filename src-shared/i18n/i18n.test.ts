import { describe, expect, it } from 'vitest';
import { en } from './en';
import { tr } from './tr';
import { translate } from './translate';

describe('i18n', () => {
  it('has every Turkish key in English and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
  });
  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(tr) as (keyof typeof tr)[]) {
      expect(names(en[key]), key).toEqual(names(tr[key]));
    }
  });
  it('fills parameters', () => {
    expect(translate('tr', 'validation.max', { max: 5 })).toBe('En fazla 5 olabilir.');
    expect(translate('en', 'customers.count', { count: 3 })).toBe('3 customers');
  });
});
