import { describe, expect, it } from 'vitest';
import { safeFileNamePart } from './turkish';

describe('safeFileNamePart', () => {
  it('spells Turkish letters in ASCII and turns everything else into single dashes', () => {
    expect(safeFileNamePart('Şişli Çözüm İnşaat Ğıda Ürünleri Ltd. Şti.')).toBe('Sisli-Cozum-Insaat-Gida-Urunleri-Ltd-Sti');
    expect(safeFileNamePart('A/B\\C:D*E?"F"<G>|H')).toBe('A-B-C-D-E-F-G-H');
    expect(safeFileNamePart('..\\..\\etc/passwd')).toBe('etc-passwd');
    expect(safeFileNamePart('Café Müller')).toBe('Cafe-Muller');
  });

  it('cuts to the length asked without a trailing dash', () => {
    expect(safeFileNamePart('Çok Uzun Bir Unvan Ticaret ve Sanayi Anonim Şirketi', 20)).toBe('Cok-Uzun-Bir-Unvan-T');
    expect(safeFileNamePart('abc def', 4)).toBe('abc');
    expect(safeFileNamePart('***')).toBe('');
  });
});
