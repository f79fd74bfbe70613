import { describe, expect, it } from 'vitest';
import { isValidTckn, isValidVkn } from './tax-id';
import { isValidIban } from './iban';

describe('VKN', () => {
  it('accepts a valid number', () => expect(isValidVkn('4540536920')).toBe(true));
  it('refuses a wrong check digit', () => expect(isValidVkn('4540536921')).toBe(false));
  it('refuses wrong lengths and letters', () => {
    expect(isValidVkn('454053692')).toBe(false);
    expect(isValidVkn('45405369200')).toBe(false);
    expect(isValidVkn('454053692a')).toBe(false);
  });
  it('has exactly one valid check digit for any nine-digit body', () => {
    for (const body of ['000000000', '123456789', '987654321', '111111111']) {
      const valid = [...'0123456789'].filter((c) => isValidVkn(body + c));
      expect(valid).toHaveLength(1);
    }
  });
});

describe('TCKN', () => {
  it('accepts valid numbers', () => {
    expect(isValidTckn('10000000146')).toBe(true);
    expect(isValidTckn('17291716060')).toBe(true);
  });
  it('refuses a leading zero and bad checksums', () => {
    expect(isValidTckn('00000000146')).toBe(false);
    expect(isValidTckn('10000000147')).toBe(false);
    expect(isValidTckn('10000000156')).toBe(false);
  });
});

describe('IBAN', () => {
  it('accepts a valid Turkish IBAN with spaces', () => {
    expect(isValidIban('TR33 0006 1005 1978 6457 8413 26')).toBe(true);
  });
  it('refuses a changed digit and a short TR IBAN', () => {
    expect(isValidIban('TR33 0006 1005 1978 6457 8413 27')).toBe(false);
    expect(isValidIban('TR3300061005197864578413')).toBe(false);
  });
});
