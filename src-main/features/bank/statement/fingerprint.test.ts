import { describe, expect, it } from 'vitest';
import { fingerprints } from './fingerprint';
import type { StatementLine } from './statement-line';

const line = (patch: Partial<StatementLine> = {}): StatementLine => ({
  bookingDate: '2026-12-01',
  direction: 'credit',
  amount: 100_000,
  currency: 'TRY',
  description: 'HAVALE  Ödeme',
  counterpartyName: 'A',
  counterpartyIban: '',
  reference: '',
  balance: null,
  ...patch,
});

describe('fingerprints', () => {
  it('are the same for the same line in another file, spacing and case aside', () => {
    const [a] = fingerprints('TR1', [line()]);
    const [b] = fingerprints('TR1', [line({ description: 'havale ödeme', balance: 5 })]);
    expect(a).toBe(b);
  });

  it('tell two identical transfers of one day apart, and differ per account', () => {
    const [a, b] = fingerprints('TR1', [line(), line()]);
    expect(a).not.toBe(b);
    expect(fingerprints('TR2', [line()])[0]).not.toBe(a);
  });

  it('follow the bank reference when there is one', () => {
    const [a] = fingerprints('TR1', [line({ reference: 'R1', description: 'x' })]);
    const [b] = fingerprints('TR1', [line({ reference: 'R1', description: 'y' })]);
    expect(a).toBe(b);
  });
});
