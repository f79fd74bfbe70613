import { describe, expect, it } from 'vitest';
import { turkishOptionsFilter } from './turkish-options-filter';

const options = [
  { value: 1, label: 'FTR-1 · Akdeniz Gıda' },
  { value: 2, label: 'FTR-2 · İstanbul Boya' },
  { value: 3, label: 'FTR-3 · Doğu Yapı' },
  { group: 'Eski', items: [{ value: 4, label: 'FTR-4 · Işık Mobilya' }] },
];
const found = (search: string) =>
  turkishOptionsFilter<number>({ options, search, limit: 10 }).flatMap((o) => ('group' in o ? o.items : [o]).map((i) => i.value));

describe('the picker filter of searchable selects', () => {
  it('ignores Turkish letters and case as the backend search does', () => {
    expect(found('akdeniz gida')).toEqual([1]);
    expect(found('ISTANBUL')).toEqual([2]);
    expect(found('dogu')).toEqual([3]);
    expect(found('ışık')).toEqual([4]);
    expect(found('isik')).toEqual([4]);
    expect(found('ftr')).toEqual([1, 2, 3, 4]);
  });
});
