import { foldSearch } from '../../../src-shared/text/turkish';

const FIELD_SEPARATOR = '\u001f';

interface Searchable {
  code: string;
  title: string;
  taxId: string;
  city: string;
  phone: string;
  email: string;
  tags: string[];
  contacts: { name: string; phone: string; email: string }[];
}

const digitsOnly = (s: string): string => s.replace(/\D/g, '');

/** Everything a person may search a customer by, search-folded (case and Turkish letters), phones also as bare digits. */
export function buildSearchText(c: Searchable): string {
  const parts = [c.code, c.title, c.taxId, c.city, c.phone, digitsOnly(c.phone), c.email, ...c.tags];
  for (const contact of c.contacts) parts.push(contact.name, contact.phone, digitsOnly(contact.phone), contact.email);
  return foldSearch(parts.filter((p) => p !== '').join(FIELD_SEPARATOR));
}

/** Search words, folded like the stored text: every word must appear somewhere (AND), each a LIKE pattern with wildcards escaped. */
export function searchPatterns(search: string): string[] {
  return foldSearch(search)
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
}
