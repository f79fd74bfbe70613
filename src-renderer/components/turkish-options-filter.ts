import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { matchesSearch } from '../../src-shared/text/turkish';

type Primitive = string | number | boolean | bigint;

/**
 * The filter of every searchable Select in the app: Mantine's default lower-cases the English way, so "ı" and
 * "İ" never match; this one uses the same search folding as the backend (case and Turkish letters ignored).
 */
export function turkishOptionsFilter<Value extends Primitive>({
  options,
  search,
  limit,
}: Parameters<OptionsFilter<Value>>[0]): ComboboxParsedItem<Value>[] {
  const out: ComboboxParsedItem<Value>[] = [];
  for (const option of options) {
    if (out.length >= limit) break;
    if ('group' in option) {
      const items = option.items.filter((item: ComboboxItem<Value>) => matchesSearch(item.label, search));
      if (items.length > 0) out.push({ group: option.group, items });
    } else if (matchesSearch(option.label, search)) {
      out.push(option);
    }
  }
  return out;
}
