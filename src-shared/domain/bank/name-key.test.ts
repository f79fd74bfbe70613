import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';

describe('nameKey', () => {
  it('folds Turkish letters and case, and drops legal suffixes', () => {
    expect(nameKey('Yılmaz İnşaat Tic. Ltd. Şti.')).toBe('yilmaz insaat');
    expect(nameKey('YILMAZ INSAAT LTD STI')).toBe('yilmaz insaat');
    expect(nameKey('Deniz Gıda San. ve Tic. A.Ş.')).toBe('deniz gida');
    expect(nameKey('ÖZTÜRK ÇELİK TİCARET ANONİM ŞİRKETİ')).toBe('ozturk celik');
  });

  it('keeps what tells names apart', () => {
    expect(nameKey('Işık Tekstil')).not.toBe(nameKey('Işıl Tekstil'));
  });
});
