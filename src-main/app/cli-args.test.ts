import { describe, expect, it } from 'vitest';
import { dataDirFlag } from './cli-args';

describe('dataDirFlag', () => {
  it('reads both spellings anywhere in Electron argv', () => {
    expect(dataDirFlag(['/opt/Vade/vade', '--data-dir', '/tmp/a'])).toBe('/tmp/a');
    expect(dataDirFlag(['electron', '.', '--no-sandbox', '--data-dir=/tmp/b'])).toBe('/tmp/b');
  });

  it('ignores a missing or empty value', () => {
    expect(dataDirFlag(['electron', '.'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir=', 'x'])).toBeUndefined();
    expect(dataDirFlag(['electron', '--data-dir', '--inspect'])).toBeUndefined();
  });
});
