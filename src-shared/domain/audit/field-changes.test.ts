import { describe, expect, it } from 'vitest';
import { fieldChanges, recordLabel } from './field-changes';

describe('fieldChanges', () => {
  it('lists the fields that differ, skipping bookkeeping fields and empty-to-empty', () => {
    const before = { id: 1, title: 'Eski', city: '', tags: [], version: 1, updatedAt: 'x', creditLimit: null };
    const after = { id: 1, title: 'Yeni', city: '', tags: ['toptan'], version: 2, updatedAt: 'y', creditLimit: null, notes: '' };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'title', before: 'Eski', after: 'Yeni' },
      { field: 'tags', before: [], after: ['toptan'] },
    ]);
  });

  it('shows every set field of a new record and compares nested values as a whole', () => {
    expect(fieldChanges(null, { id: 3, number: 'F-1', lines: [{ net: 100 }], notes: '' })).toEqual([
      { field: 'number', before: null, after: 'F-1' },
      { field: 'lines', before: null, after: [{ net: 100 }] },
    ]);
    expect(fieldChanges({ lines: [{ net: 100 }] }, { lines: [{ net: 100 }] })).toEqual([]);
  });

  it('names records the way people know them', () => {
    expect(recordLabel({ code: 'C00001', title: 'Deniz Gıda' })).toBe('C00001 · Deniz Gıda');
    expect(recordLabel({ number: 'VDE2026000000001' })).toBe('VDE2026000000001');
    expect(recordLabel({ invoiceNumber: 'F-9', reason: 'x' })).toBe('F-9');
    expect(recordLabel(null)).toBe('');
  });
});
