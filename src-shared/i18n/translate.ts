import { en } from './en';
import type { Language } from './language';
import { tr, type MessageKey } from './tr';

export type { MessageKey } from './tr';
export type MessageParams = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { tr, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(tr, key);
}

/** Looks a key up and fills {placeholders}; an unknown key comes back as itself so it is visible. */
export function translate(language: Language, key: MessageKey | string, params: MessageParams = {}): string {
  const template = isMessageKey(key) ? dictionaries[language][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
