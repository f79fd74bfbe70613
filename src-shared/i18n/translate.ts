import { en } from './en/index';
import type { Language } from './language';
import { tr, type MessageKey } from './tr/index';

export type { MessageKey } from './tr/index';
export type MessageParams = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { tr, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(tr, key);
}

const pluralRules: Record<Language, Intl.PluralRules> = { tr: new Intl.PluralRules('tr-TR'), en: new Intl.PluralRules('en-GB') };

/**
 * `{count, plural, one {# invoice} other {# invoices}}` (ICU's form, `#` is the number): English needs it,
 * Turkish keeps the singular after a number ("5 fatura") and writes plain `{count}`.
 */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/** Looks a key up and fills {placeholders}; an unknown key comes back as itself so it is visible. */
export function translate(language: Language, key: MessageKey | string, params: MessageParams = {}): string {
  const template = isMessageKey(key) ? dictionaries[language][key] : key;
  return template
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name]!;
      const form = pluralRules[language].select(Number(value)) === 'one' ? one : other;
      return form.replaceAll('#', String(value));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
