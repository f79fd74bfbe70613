import { describe, expect, it } from 'vitest';
import { trimInvisible, visibleLength } from './visible-text';

describe('visible text', () => {
  it('sees nothing in zero-width and non-breaking spaces, and trims them off a real name', () => {
    expect(visibleLength('\u200B\u00A0\u200C\u200D\u2060\uFEFF\u00AD\u202F\u3000')).toBe(0);
    expect(visibleLength('Ege\u200B')).toBe(3);
    expect(trimInvisible('\u200B Doğu Gıda\u00A0\u2060')).toBe('Doğu Gıda');
  });
});
