import { describe, expect, it } from 'vitest';
import { documentText } from './document-format';
import { customerSide } from './reconciliation-pdf';

const now = new Date('2026-12-04T10:00:00Z');

describe('the reconciliation reply slip, from the customer’s side', () => {
  it('says each direction once, with every amount owed that way, in both languages', () => {
    const rows = [
      { currency: 'EUR' as const, balance: 1_170_600 },
      { currency: 'TRY' as const, balance: 43_776_660 },
      { currency: 'USD' as const, balance: -1_000 },
    ];
    expect(customerSide(rows, documentText('tr', now))).toBe(
      'firmanıza 11.706,00 € ve 437.766,60 ₺ borçlu olduğumuz ve firmanızdan 10,00 $ alacaklı olduğumuz',
    );
    expect(customerSide(rows, documentText('en', now))).toBe('we owe you €11,706.00 and ₺437,766.60 and you owe us $10.00');
  });

  it('says there is no balance when every currency is settled', () => {
    expect(customerSide([{ currency: 'TRY', balance: 0 }], documentText('tr', now))).toBe(
      'firmanızla aramızda borç veya alacak bakiyesi bulunmadığı',
    );
  });
});
